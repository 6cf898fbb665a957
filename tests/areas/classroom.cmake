# Classroom: lab text in two languages, the lab catalogue, the lab browser,
# the start page and the lab notes panel.
wirewalk_add_test(test_lab_text SOURCES test_lab_text.cpp LIBS wirewalk_lab)
wirewalk_add_test(test_classroom SOURCES test_classroom.cpp LIBS wirewalk_ui)
