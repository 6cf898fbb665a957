# The stub resolver (issue 10): core/apps/dns_stub*, the lab's "resolver" key, the dns action.
wirewalk_add_test(test_dns_stub SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_dns_stub.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../dns_responder.h ${CMAKE_CURRENT_LIST_DIR}/../lab_fixtures.h
  LIBS wirewalk_lab wirewalk_trace_io)
add_test(NAME dns_stub_cli COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/../dns_stub_cli.sh
  $<TARGET_FILE:wirewalk> ${CMAKE_CURRENT_LIST_DIR}/../labs)
target_compile_definitions(test_dns_stub PRIVATE WW_TEST_LABS="${CMAKE_CURRENT_LIST_DIR}/../labs")
