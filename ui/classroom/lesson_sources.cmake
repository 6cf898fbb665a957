# Lessons and misconception callouts (issue 12): the player, its dock and the
# open dialog; wired into the window by windows/lesson_setup.cpp.
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/lesson_player.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lesson_player.h
  ${CMAKE_CURRENT_LIST_DIR}/lesson_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lesson_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/lesson_open_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lesson_open_dialog.h
  ${CMAKE_CURRENT_LIST_DIR}/misconception_callouts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/misconception_callouts.h
  ${CMAKE_CURRENT_LIST_DIR}/../windows/lesson_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../windows/lesson_setup.h
)
