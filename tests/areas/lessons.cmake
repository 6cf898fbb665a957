# Lessons and misconception callouts (issue 12).
wirewalk_add_test(test_lessons SOURCES test_lessons.cpp recorded_lab.h LIBS wirewalk_ui)
wirewalk_add_test(test_misconceptions SOURCES test_misconceptions.cpp recorded_lab.h LIBS wirewalk_ui)
wirewalk_add_test(test_lesson_player SOURCES test_lesson_player.cpp LIBS wirewalk_ui)
