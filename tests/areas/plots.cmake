# ui/plots: TCP series against the trace, the plots headless in every export format.
wirewalk_add_test(test_plots SOURCES test_plots.cpp recorded_lab.h LIBS wirewalk_ui)
