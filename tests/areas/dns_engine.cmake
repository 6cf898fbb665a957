# DNS servers (issue 10): authoritative, resolver, forwarder, and the "dns" lab key.
wirewalk_add_test(test_dns_engine SOURCES test_dns_engine.cpp dns_engine_world.h lab_fixtures.h
  LIBS wirewalk_lab wirewalk_trace_io)
