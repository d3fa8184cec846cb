# rooms.cmake — systemic_room(target dir...): make each folder includable as "<folder name>/header.h" by `target`
# and whatever links it, and by nothing else.
#
# The folders of one source tree share a parent (app/core/{model,rules,reports}), so pointing targets at that parent
# would let any of them include any room. Instead each room gets a symbolic link in a folder of the build tree that
# belongs to the target alone: build/rooms/<target>/<room> -> the source folder. Dependencies between rooms then
# follow the CMake targets, and a wrong include fails to compile.
function(systemic_room target)
    set(root "${CMAKE_BINARY_DIR}/rooms/${target}")
    file(MAKE_DIRECTORY "${root}")
    foreach(dir ${ARGN})
        get_filename_component(name "${dir}" NAME)
        file(CREATE_LINK "${dir}" "${root}/${name}" SYMBOLIC)
    endforeach()
    target_include_directories(${target} PUBLIC "${root}")
endfunction()
