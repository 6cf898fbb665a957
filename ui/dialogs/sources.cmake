# Device editor sections and their helpers (issues 10, 12, 13), apart from the main list.
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/action_kinds.cpp
  ${CMAKE_CURRENT_LIST_DIR}/action_kinds.h
  ${CMAKE_CURRENT_LIST_DIR}/device_editor_columns.h
  ${CMAKE_CURRENT_LIST_DIR}/device_editor_pending.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editor_section.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editor_section.h
  ${CMAKE_CURRENT_LIST_DIR}/editor_dns_section.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editor_dns_section.h
  ${CMAKE_CURRENT_LIST_DIR}/editor_resolver_section.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editor_resolver_section.h
  ${CMAKE_CURRENT_LIST_DIR}/editor_dhcp_section.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editor_dhcp_section.h
  ${CMAKE_CURRENT_LIST_DIR}/editor_nat_section.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editor_nat_section.h
  ${CMAKE_CURRENT_LIST_DIR}/editor_services_section.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editor_services_section.h
  ${CMAKE_CURRENT_LIST_DIR}/editor_vlan_section.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editor_vlan_section.h
  ${CMAKE_CURRENT_LIST_DIR}/editor_checks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editor_checks.h
)
