# Recording at scale: the compact event store, the lazily described event list, click-to-drop
# recorded off the GUI thread.
wirewalk_add_test(test_event_store SOURCES test_event_store.cpp big_ping_lab.h playback_fixtures.h LIBS wirewalk_ui)
