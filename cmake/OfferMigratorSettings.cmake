# Opt-in ASan/UBSan instrumentation and the libFuzzer switch (OM_SANITIZE, OM_BUILD_FUZZERS).
include(${CMAKE_CURRENT_LIST_DIR}/Sanitizers.cmake)

# One build-settings target that every target links (after qBittorrent's qbt_common_cfg).
add_library(om_settings INTERFACE)
target_compile_features(om_settings INTERFACE cxx_std_17)
target_compile_definitions(om_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY # no silent QByteArray -> const char * / void *
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    # Qt 5's name (qBittorrent still sets it); Qt 6.4 reads only QT_STRICT_QLIST_ITERATORS, below.
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    OM_VERSION="${PROJECT_VERSION}")
if(NOT WIN32)
    # QList iterators without the implicit conversion to and from T* (Qt's own default from 6.6 on, except
    # on Windows, where it changes the exported symbols of the Qt build).
    target_compile_definitions(om_settings INTERFACE QT_STRICT_QLIST_ITERATORS)
endif()
if(MSVC)
    # /permissive- for standard C++ (Qt 6 needs it), /utf-8 because the sources and tests hold UTF-8
    # literals, /Zc:__cplusplus so __cplusplus tells the truth; headers included with <...> (Qt, GoogleTest,
    # QtKeychain: ours use "...") are external, their warnings off, as -isystem does for GCC and Clang.
    target_compile_options(om_settings INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus
        /external:anglebrackets /external:W0)
    if(OM_WERROR)
        target_compile_options(om_settings INTERFACE /WX)
    endif()
else()
    # -Wold-style-cast: C++ casts only (GCC and Clang do not flag casts to void).
    target_compile_options(om_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wno-missing-field-initializers -Wold-style-cast)
    if(OM_WERROR)
        target_compile_options(om_settings INTERFACE -Werror)
    endif()
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
