# Opt-in ASan/UBSan instrumentation and the libFuzzer switch (OM_SANITIZE, OM_BUILD_FUZZERS).
include(${CMAKE_CURRENT_LIST_DIR}/Sanitizers.cmake)

# One build-settings target that every target links (after qBittorrent's qbt_common_cfg).
add_library(om_settings INTERFACE)
target_compile_features(om_settings INTERFACE cxx_std_17)
target_compile_definitions(om_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    OM_VERSION="${PROJECT_VERSION}")
target_compile_options(om_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wcast-align -Woverloaded-virtual -Wno-missing-field-initializers)
if(OM_WERROR)
    target_compile_options(om_settings INTERFACE -Werror)
endif()
target_include_directories(om_settings INTERFACE ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR})

# om_add_area(<name> SOURCES ... [PUBLIC ...] [PRIVATE ...]): one static library per area of the core.
# PUBLIC: what the area's headers include (its users need it too); PRIVATE: what only its .cpp files use.
# LIBS is PUBLIC (an area that has not sorted its dependencies yet). om_settings is PRIVATE: every target
# links it itself.
function(om_add_area name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;PUBLIC;PRIVATE" ${ARGN})
    if(ARG_SOURCES)
        add_library(${name} STATIC ${ARG_SOURCES})
        target_link_libraries(${name} PUBLIC ${ARG_PUBLIC} ${ARG_LIBS} PRIVATE om_settings ${ARG_PRIVATE})
    else() # an area not written yet
        add_library(${name} INTERFACE)
        target_link_libraries(${name} INTERFACE om_settings ${ARG_PUBLIC} ${ARG_LIBS} ${ARG_PRIVATE})
    endif()
endfunction()

# om_add_test(<name> SOURCES ... LIBS ...): one GoogleTest executable per area.
function(om_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE om_settings ${ARG_LIBS} GTest::gtest GTest::gmock)
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 300)
endfunction()
