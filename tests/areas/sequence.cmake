# The sequence (ladder) diagram and the conversations of a run (issue 11).
wirewalk_add_test(test_sequence SOURCES test_sequence.cpp recorded_lab.h LIBS wirewalk_ui)
