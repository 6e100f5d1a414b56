# SPDX-License-Identifier: EUPL-1.2
# sportello_add_test(<name> SOURCES <files...> LIBS <targets...> LABELS <labels...>)
# One Qt Test executable per class or feature, registered with ctest under its labels.
# GUI tests run on the offscreen platform; every test gets a private HOME so that nothing
# leaks into (or from) the user's real settings, keyring or data.
function(sportello_add_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS
        SPORTELLO_TEST_OUTPUT_DIR="${CMAKE_BINARY_DIR}/test-output")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=sportello.*.debug=false"
        TIMEOUT 300)
endfunction()
