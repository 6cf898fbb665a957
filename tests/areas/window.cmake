# ui/windows: views that follow the clock, recording off the GUI thread, presenter mode, help.
wirewalk_add_test(test_window_follow SOURCES test_window_follow.cpp playback_fixtures.h LIBS wirewalk_ui)
