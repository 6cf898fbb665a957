# The sequence (ladder) diagram of issue 11 and the conversations it shows.
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../models/conversations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../models/conversations.h
  ${CMAKE_CURRENT_LIST_DIR}/messages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/messages.h
)
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sequence_diagram.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sequence_diagram.h
  ${CMAKE_CURRENT_LIST_DIR}/sequence_metrics.h
  ${CMAKE_CURRENT_LIST_DIR}/sequence_colors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sequence_colors.h
  ${CMAKE_CURRENT_LIST_DIR}/sequence_layout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sequence_paint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sequence_export.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sequence_export.h
)
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sequence_view.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sequence_view.h
  ${CMAKE_CURRENT_LIST_DIR}/sequence_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sequence_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/../models/sequence_numbering.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../models/sequence_numbering.h
  ${CMAKE_CURRENT_LIST_DIR}/../inspector/tcp_numbering.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../inspector/tcp_numbering.h
  ${CMAKE_CURRENT_LIST_DIR}/../windows/sequence_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../windows/sequence_setup.h
)
