# Sanitizer and fuzzer builds (issue 7). Both are opt-in and meant for a clang build dir of their own:
#   cmake -S . -B build/sanitize -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
#         -DOM_SANITIZE=address,undefined -DOM_BUILD_FUZZERS=ON -DOM_BUILD_BENCH=OFF
# OM_SANITIZE instruments every target of the project (not the system Qt/gtest libraries).
# OM_BUILD_FUZZERS adds the libFuzzer targets of fuzz/ (clang only).
set(OM_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list for every target, e.g. address,undefined")
option(OM_BUILD_FUZZERS "Build the libFuzzer targets in fuzz/ (clang only)" OFF)

if(OM_SANITIZE)
    # UB aborts the test that hit it (no recovery), and frame pointers keep the stacks readable.
    add_compile_options(-fsanitize=${OM_SANITIZE} -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${OM_SANITIZE})
    if(OM_SANITIZE MATCHES "undefined" AND CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # Qt's types cross shared-library boundaries where clang's vptr check cannot see the
        # dynamic type's typeinfo consistently; keep every other UBSan check.
        add_compile_options(-fno-sanitize=vptr)
    endif()
endif()

if(OM_BUILD_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "OM_BUILD_FUZZERS needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
