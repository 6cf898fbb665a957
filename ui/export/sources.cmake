# ui/export/: views drawn headless for `wirewalk export` and the GUI's Export View.
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/picture.h
  ${CMAKE_CURRENT_LIST_DIR}/svg_glyphs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/svg_glyphs.h
  ${CMAKE_CURRENT_LIST_DIR}/view_catalog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/view_catalog.h
  ${CMAKE_CURRENT_LIST_DIR}/view_catalog_entries.cpp
  ${CMAKE_CURRENT_LIST_DIR}/topology_picture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/topology_picture.h
  ${CMAKE_CURRENT_LIST_DIR}/encapsulation_picture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/encapsulation_picture.h
  ${CMAKE_CURRENT_LIST_DIR}/batch_export.cpp
  ${CMAKE_CURRENT_LIST_DIR}/batch_export.h
)
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/export_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/export_dialog.h
  ${CMAKE_CURRENT_LIST_DIR}/../windows/export_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../windows/export_setup.h
)
