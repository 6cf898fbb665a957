# ui/export/: views drawn headless, the view catalog, --all and the GUI's Export View.
wirewalk_add_test(test_export_views SOURCES export/test_export_views.cpp export/export_files.h recorded_lab.h LIBS wirewalk_ui)
wirewalk_add_test(test_export_batch SOURCES export/test_export_batch.cpp export/export_files.h recorded_lab.h LIBS wirewalk_ui)
add_test(NAME export_cli COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/export/export_cli.sh $<TARGET_FILE:wirewalk>)
set_tests_properties(export_cli PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
