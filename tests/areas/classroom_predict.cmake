# Traceroute (engine, lab file, `wirewalk run` lines) and the classroom's prediction mode and
# Act live (questions from recorded runs, checking, scores, actions added from the canvas).
wirewalk_add_test(test_traceroute SOURCES test_traceroute.cpp lab_fixtures.h
  ${PROJECT_SOURCE_DIR}/app/cli/run_report_traceroute.cpp LIBS wirewalk_lab)
target_include_directories(test_traceroute PRIVATE ${PROJECT_SOURCE_DIR}/app)
wirewalk_add_test(test_classroom_predict SOURCES test_classroom_predict.cpp recorded_lab.h
  LIBS wirewalk_ui)
