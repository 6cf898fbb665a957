# Issue 14: safe writes (full disk, devices, FIFOs), lab limits, autosave.
wirewalk_add_test(test_safe_io SOURCES test_safe_io.cpp safe_io_fixtures.h playback_fixtures.h LIBS wirewalk_ui)
wirewalk_add_test(test_lab_limits SOURCES test_lab_limits.cpp LIBS wirewalk_lab)
wirewalk_add_test(test_autosave SOURCES test_autosave.cpp LIBS wirewalk_ui)
