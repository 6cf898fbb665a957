# Lessons (issue 12, docs/lesson-format.md): the lesson file loader, step
# selectors over a recorded run, and the misconception catalogue. Qt Core only.
add_library(wirewalk_lesson STATIC
  ${CMAKE_CURRENT_LIST_DIR}/lesson.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lesson_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lesson_steps.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdu_facts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/misconceptions.cpp
)
target_link_libraries(wirewalk_lesson PUBLIC wirewalk_lab wirewalk_trace_io Qt6::Core
  PRIVATE wirewalk_warnings)
file(GLOB WIREWALK_LESSON_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/lessons/*.json)
qt_add_resources(wirewalk_lesson "builtin_lessons"
  PREFIX "/lessons"
  BASE "${PROJECT_SOURCE_DIR}/resources/lessons"
  FILES ${WIREWALK_LESSON_FILES}
)
target_link_libraries(wirewalk_core INTERFACE wirewalk_lesson)
