# ui/classroom: prediction mode (questions from the recorded run) and Act live.
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/prediction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/prediction.h
  ${CMAKE_CURRENT_LIST_DIR}/prediction_parts.h
  ${CMAKE_CURRENT_LIST_DIR}/prediction_frames.cpp
  ${CMAKE_CURRENT_LIST_DIR}/prediction_steps.cpp
  ${CMAKE_CURRENT_LIST_DIR}/prediction_score.cpp
  ${CMAKE_CURRENT_LIST_DIR}/prediction_score.h
  ${CMAKE_CURRENT_LIST_DIR}/predict_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/predict_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/predict_controller.cpp
  ${CMAKE_CURRENT_LIST_DIR}/predict_controller.h
  ${CMAKE_CURRENT_LIST_DIR}/predict_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/predict_setup.h
  ${CMAKE_CURRENT_LIST_DIR}/act_live.cpp
  ${CMAKE_CURRENT_LIST_DIR}/act_live.h
  ${CMAKE_CURRENT_LIST_DIR}/act_live_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/act_live_dialog.h
  ${CMAKE_CURRENT_LIST_DIR}/../commands/add_action_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../commands/add_action_command.h
)
