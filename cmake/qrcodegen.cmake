# Nayuki's QR Code generator from Debian's qr-code-generator source package (fetched by scripts/deps into the same
# cache as Dear ImGui), checked against a pinned sha256 and unpacked into the build tree. Only the C version is built:
# a small static library with no exceptions and no allocation, for the native and the web builds alike.
# The pin (version, tarball, sha256) is cmake/qrcodegen.version, which scripts/deps reads too.
include(${CMAKE_CURRENT_LIST_DIR}/source_package.cmake)
systemic_source_package(QRCODEGEN "${CMAKE_CURRENT_LIST_DIR}/qrcodegen.version" c/qrcodegen.c PATTERNS "c/*")

add_library(qrcodegen STATIC ${SYSTEMIC_QRCODEGEN_DIR}/c/qrcodegen.c)
set_target_properties(qrcodegen PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON)
target_include_directories(qrcodegen SYSTEM PUBLIC ${SYSTEMIC_QRCODEGEN_DIR}/c)
