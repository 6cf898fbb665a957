# The fuzz targets' checks on what fuzzing found and on edge cases (tests/fuzz; issue 14).
wirewalk_add_test(test_fuzz_findings
  SOURCES test_fuzz_findings.cpp fuzz/fuzz_check.h
    fuzz/fuzz_ethernet.cpp fuzz/fuzz_arp.cpp fuzz/fuzz_ipv4.cpp fuzz/fuzz_icmp.cpp
    fuzz/fuzz_udp.cpp fuzz/fuzz_tcp.cpp fuzz/fuzz_dhcp.cpp fuzz/fuzz_dns.cpp
    fuzz/fuzz_lab.cpp fuzz/fuzz_dissect.cpp
  LIBS wirewalk_ui)
target_compile_definitions(test_fuzz_findings PRIVATE WIREWALK_FUZZ_NO_MAIN)

# Desktop install and the Debian package (packaging/; issue 14).
add_test(NAME packaging_checks
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging_checks.sh ${PROJECT_BINARY_DIR} ${PROJECT_VERSION})
