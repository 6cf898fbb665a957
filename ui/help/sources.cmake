# Issue 13 (the window): recording in a worker thread, and the Help guide and About box.
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../models/run_recorder.h
  ${CMAKE_CURRENT_LIST_DIR}/../models/background_recording.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../models/background_recording.h
  ${CMAKE_CURRENT_LIST_DIR}/help_dialogs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/help_dialogs.h
  ${CMAKE_CURRENT_LIST_DIR}/../windows/help_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../windows/help_setup.h
  ${CMAKE_CURRENT_LIST_DIR}/../windows/dock_tabs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../windows/dock_tabs.h
)
# The guide: HTML in two languages and its figures (made with `wirewalk export`).
qt_add_resources(wirewalk_ui "help_guide"
  PREFIX "/help"
  BASE ${CMAKE_CURRENT_LIST_DIR}/guide
  FILES
    ${CMAKE_CURRENT_LIST_DIR}/guide/guide_en.html
    ${CMAKE_CURRENT_LIST_DIR}/guide/guide_ko.html
    ${CMAKE_CURRENT_LIST_DIR}/guide/topology.png
    ${CMAKE_CURRENT_LIST_DIR}/guide/encapsulation.png
)
