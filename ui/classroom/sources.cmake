# ui/classroom/: finding and reading labs (lab browser, start page, lab notes).
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/lab_notes_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lab_notes_text.h
)
