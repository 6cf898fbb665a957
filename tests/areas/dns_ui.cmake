# DNS walkthrough, tables and summaries (issue 10, helper dns-ui).
wirewalk_add_test(test_dns_walk_painter SOURCES test_dns_walk_painter.cpp dns_walk_fixture.h LIBS wirewalk_ui)
wirewalk_add_test(test_dns_summary SOURCES test_dns_summary.cpp LIBS wirewalk_ui wirewalk_trace_io)
wirewalk_add_test(test_dns_walk_builder SOURCES test_dns_walk_builder.cpp dns_event_fixture.h LIBS wirewalk_ui)
# DNS in the canvas icons, device tables, event list and encapsulation story (views-finish).
wirewalk_add_test(test_dns_display SOURCES test_dns_display.cpp recorded_lab.h LIBS wirewalk_ui)
