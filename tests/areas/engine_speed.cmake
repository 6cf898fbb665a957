# Issue 15, the engine's speed: scheduler order and cancellation, the TCP send stream made on
# demand, the JSON Lines writer with and without hex.
wirewalk_add_test(test_engine_speed SOURCES test_engine_speed.cpp LIBS wirewalk_lab wirewalk_trace_io)
