# Device and link editors: sections, round trips, pending edits (issues 10, 12, 13; helper editor).
wirewalk_add_test(test_device_editor_sections SOURCES test_device_editor_sections.cpp editor_widgets.h LIBS wirewalk_ui)
wirewalk_add_test(test_editor_pending SOURCES test_editor_pending.cpp editor_widgets.h lab_fixtures.h LIBS wirewalk_ui)
