# systemic_embed(OUTPUT out.cpp NAMESPACE ns SYMBOLS a b INPUTS a.json b.json)
# Generates a C++ source defining `std::string_view ns::a` etc. holding each file's bytes, regenerated when
# an input changes. Used for the shipped questionnaires and the font.
function(systemic_embed)
    cmake_parse_arguments(E "" "OUTPUT;NAMESPACE" "SYMBOLS;INPUTS" ${ARGN})
    add_custom_command(OUTPUT ${E_OUTPUT}
        COMMAND ${SYSTEMIC_PYTHON} ${PROJECT_SOURCE_DIR}/cmake/embed.py ${E_OUTPUT} ${E_NAMESPACE}
                --symbols ${E_SYMBOLS} --inputs ${E_INPUTS}
        DEPENDS ${E_INPUTS} ${PROJECT_SOURCE_DIR}/cmake/embed.py
        COMMENT "Embedding ${E_SYMBOLS}" VERBATIM)
endfunction()
