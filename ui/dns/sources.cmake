# DNS walkthrough view, its model and headless picture, DNS summaries and tables (issue 10).
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/dns_words.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_words.h
  ${CMAKE_CURRENT_LIST_DIR}/dns_frame_summary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_frame_summary.h
  ${CMAKE_CURRENT_LIST_DIR}/dns_picture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_picture.h
  ${CMAKE_CURRENT_LIST_DIR}/dns_table_models.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_table_models.h
  ${CMAKE_CURRENT_LIST_DIR}/dns_walk.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_walk.h
  ${CMAKE_CURRENT_LIST_DIR}/dns_walk_builder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_walk_builder.h
  ${CMAKE_CURRENT_LIST_DIR}/dns_walk_geometry.h
  ${CMAKE_CURRENT_LIST_DIR}/dns_walk_paint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_walk_painter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_walk_painter.h
  ${CMAKE_CURRENT_LIST_DIR}/dns_walk_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_walk_text.h
  ${CMAKE_CURRENT_LIST_DIR}/dns_walkthrough_view.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dns_walkthrough_view.h
  ${CMAKE_CURRENT_LIST_DIR}/../windows/dns_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../windows/dns_setup.h
)
