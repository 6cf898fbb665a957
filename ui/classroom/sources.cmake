# ui/classroom/: finding and reading labs (lab browser, start page, lab notes).
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/lab_notes_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lab_notes_text.h
  ${CMAKE_CURRENT_LIST_DIR}/lab_notes_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lab_notes_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/lab_browser_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lab_browser_model.h
  ${CMAKE_CURRENT_LIST_DIR}/lab_browser_thumbnails.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lab_browser_thumbnails.h
  ${CMAKE_CURRENT_LIST_DIR}/lab_browser_delegate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lab_browser_delegate.h
  ${CMAKE_CURRENT_LIST_DIR}/lab_browser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lab_browser.h
  ${CMAKE_CURRENT_LIST_DIR}/lab_browser_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lab_browser_dialog.h
  ${CMAKE_CURRENT_LIST_DIR}/start_page.cpp
  ${CMAKE_CURRENT_LIST_DIR}/start_page.h
  ${CMAKE_CURRENT_LIST_DIR}/../windows/lab_browser_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../windows/lab_browser_setup.h
  ${CMAKE_CURRENT_LIST_DIR}/../windows/lab_notes_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../windows/lab_notes_setup.h
)
