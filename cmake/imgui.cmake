# Dear ImGui from Debian's source package (fetched by scripts/deps into a cache outside the build tree),
# checked against a pinned sha256 and unpacked into the build tree. The demo window is left out (it costs ~370 KB).
# The pin (version, tarball, sha256) is cmake/imgui.version, which scripts/deps reads too.
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/imgui.version" _imgui_pin REGEX "^IMGUI_[A-Z0-9_]+=")
foreach(_line IN LISTS _imgui_pin)
    string(REGEX MATCH "^IMGUI_([A-Z0-9_]+)=(.*)$" _ "${_line}")
    set(SYSTEMIC_IMGUI_PIN_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")   # e.g. SYSTEMIC_IMGUI_PIN_SHA256
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/imgui.version")
if(DEFINED ENV{SYSTEMIC_CACHE})
    set(_cache "$ENV{SYSTEMIC_CACHE}")
elseif(DEFINED ENV{XDG_CACHE_HOME})
    set(_cache "$ENV{XDG_CACHE_HOME}/systemic")
else()
    set(_cache "$ENV{HOME}/.cache/systemic")
endif()
set(SYSTEMIC_IMGUI_TARBALL "${_cache}/${SYSTEMIC_IMGUI_PIN_TARBALL}" CACHE FILEPATH "Debian's imgui orig tarball")

if(NOT EXISTS "${SYSTEMIC_IMGUI_TARBALL}")
    message(FATAL_ERROR "${SYSTEMIC_IMGUI_TARBALL} is missing: run scripts/deps to fetch Debian's imgui source package")
endif()
file(SHA256 "${SYSTEMIC_IMGUI_TARBALL}" _imgui_sha)
if(NOT _imgui_sha STREQUAL SYSTEMIC_IMGUI_PIN_SHA256)
    message(FATAL_ERROR "${SYSTEMIC_IMGUI_TARBALL} has sha256 ${_imgui_sha}, expected ${SYSTEMIC_IMGUI_PIN_SHA256}")
endif()
set(SYSTEMIC_IMGUI_DIR "${CMAKE_BINARY_DIR}/_deps/${SYSTEMIC_IMGUI_PIN_DIR}")
if(NOT EXISTS "${SYSTEMIC_IMGUI_DIR}/imgui.cpp")
    file(ARCHIVE_EXTRACT INPUT "${SYSTEMIC_IMGUI_TARBALL}" DESTINATION "${CMAKE_BINARY_DIR}/_deps")
endif()

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
