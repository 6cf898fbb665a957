# The sequence (ladder) diagram and the conversations of a run (issue 11).
wirewalk_add_test(test_sequence SOURCES test_sequence.cpp recorded_lab.h LIBS wirewalk_ui)
# The inspector's TCP numbers follow the relative/absolute setting.
wirewalk_add_test(test_tcp_numbering SOURCES test_tcp_numbering.cpp recorded_lab.h LIBS wirewalk_ui)
