# ui/plots: the TCP plots of issue 11 (QCustomPlot), their data series and headless pictures.
target_sources(wirewalk_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/tcp_series.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tcp_series.h
  ${CMAKE_CURRENT_LIST_DIR}/plot_kind.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plot_kind.h
  ${CMAKE_CURRENT_LIST_DIR}/tcp_plot.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tcp_plot.h
  ${CMAKE_CURRENT_LIST_DIR}/plot_picture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plot_picture.h
  ${CMAKE_CURRENT_LIST_DIR}/qcp.h
  ${CMAKE_CURRENT_LIST_DIR}/plots_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plots_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/../windows/plots_setup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../windows/plots_setup.h
)
target_link_libraries(wirewalk_ui PUBLIC QCustomPlotQt6::QCustomPlotQt6)
