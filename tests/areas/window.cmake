# ui/windows: views that follow the clock, recording off the GUI thread, presenter mode, help.
wirewalk_add_test(test_window_follow SOURCES test_window_follow.cpp playback_fixtures.h LIBS wirewalk_ui)
wirewalk_add_test(test_window_recording SOURCES test_window_recording.cpp big_ping_lab.h playback_fixtures.h LIBS wirewalk_ui)
wirewalk_add_test(test_window_presenter SOURCES test_window_presenter.cpp playback_fixtures.h LIBS wirewalk_ui)
wirewalk_add_test(test_window_docks SOURCES test_window_docks.cpp playback_fixtures.h LIBS wirewalk_ui)
