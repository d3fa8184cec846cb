# Nayuki's QR Code generator from Debian's qr-code-generator source package (fetched by scripts/deps into the same
# cache as Dear ImGui), checked against a pinned sha256 and unpacked into the build tree. Only the C version is built:
# a small static library with no exceptions and no allocation, for the native and the web builds alike.
# The pin (version, tarball, sha256) is cmake/qrcodegen.version, which scripts/deps reads too.
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/qrcodegen.version" _qr_pin REGEX "^QRCODEGEN_[A-Z0-9_]+=")
foreach(_line IN LISTS _qr_pin)
    string(REGEX MATCH "^QRCODEGEN_([A-Z0-9_]+)=(.*)$" _ "${_line}")
    set(SYSTEMIC_QRCODEGEN_PIN_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")   # e.g. SYSTEMIC_QRCODEGEN_PIN_SHA256
endforeach()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/qrcodegen.version")
if(DEFINED ENV{SYSTEMIC_CACHE})
    set(_qr_cache "$ENV{SYSTEMIC_CACHE}")
elseif(DEFINED ENV{XDG_CACHE_HOME})
    set(_qr_cache "$ENV{XDG_CACHE_HOME}/systemic")
else()
    set(_qr_cache "$ENV{HOME}/.cache/systemic")
endif()
set(SYSTEMIC_QRCODEGEN_TARBALL "${_qr_cache}/${SYSTEMIC_QRCODEGEN_PIN_TARBALL}" CACHE FILEPATH
    "Debian's qr-code-generator orig tarball")

if(NOT EXISTS "${SYSTEMIC_QRCODEGEN_TARBALL}")
    message(FATAL_ERROR "${SYSTEMIC_QRCODEGEN_TARBALL} is missing: run scripts/deps to fetch Debian's qr-code-generator source package")
endif()
file(SHA256 "${SYSTEMIC_QRCODEGEN_TARBALL}" _qr_sha)
if(NOT _qr_sha STREQUAL SYSTEMIC_QRCODEGEN_PIN_SHA256)
    message(FATAL_ERROR "${SYSTEMIC_QRCODEGEN_TARBALL} has sha256 ${_qr_sha}, expected ${SYSTEMIC_QRCODEGEN_PIN_SHA256}")
endif()
set(SYSTEMIC_QRCODEGEN_DIR "${CMAKE_BINARY_DIR}/_deps/${SYSTEMIC_QRCODEGEN_PIN_DIR}")
if(NOT EXISTS "${SYSTEMIC_QRCODEGEN_DIR}/c/qrcodegen.c")
    file(ARCHIVE_EXTRACT INPUT "${SYSTEMIC_QRCODEGEN_TARBALL}" DESTINATION "${CMAKE_BINARY_DIR}/_deps"
         PATTERNS "${SYSTEMIC_QRCODEGEN_PIN_DIR}/c/*")
endif()

add_library(qrcodegen STATIC ${SYSTEMIC_QRCODEGEN_DIR}/c/qrcodegen.c)
set_target_properties(qrcodegen PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON)
target_include_directories(qrcodegen SYSTEM PUBLIC ${SYSTEMIC_QRCODEGEN_DIR}/c)
