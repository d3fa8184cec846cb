# Dear ImGui from Debian's source package (fetched by scripts/deps into a cache outside the build tree),
# checked against a pinned sha256 and unpacked into the build tree. The demo window is left out (it costs ~370 KB).
# The pin (version, tarball, sha256) is cmake/imgui.version, which scripts/deps reads too.
include(${CMAKE_CURRENT_LIST_DIR}/source_package.cmake)
systemic_source_package(IMGUI "${CMAKE_CURRENT_LIST_DIR}/imgui.version" imgui.cpp)

add_library(imgui STATIC
    ${SYSTEMIC_IMGUI_DIR}/imgui.cpp
    ${SYSTEMIC_IMGUI_DIR}/imgui_draw.cpp
    ${SYSTEMIC_IMGUI_DIR}/imgui_tables.cpp
    ${SYSTEMIC_IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${SYSTEMIC_IMGUI_DIR})
# 32-bit characters (emoji and other characters beyond U+FFFF are kept whole); no obsolete API, no shell or file
# access (nothing is saved to imgui.ini; the app keeps its own state).
target_compile_definitions(imgui PUBLIC IMGUI_USE_WCHAR32 IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_OBSOLETE_KEYIO
    IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS IMGUI_DISABLE_FILE_FUNCTIONS)
if(NOT EMSCRIPTEN)
    # Native builds serve the UI tests: Dear ImGui's test-engine hooks report every item's label and
    # rectangle, which app/platform/headless/ui_driver.cpp records so tests can click widgets by label.
    target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE)
endif()
