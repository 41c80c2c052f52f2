# cmake -DVALIDATOR=program [-DVALIDATOR_ARGS=a;b] -DFILE=path -P RunValidator.cmake
# Runs a validator on FILE and fails on a non-zero exit or on any reported error or warning
# (desktop-file-validate exits 0 after warnings).
cmake_minimum_required(VERSION 3.25)
if(NOT EXISTS "${FILE}")
    message(FATAL_ERROR "missing: ${FILE}")
endif()
execute_process(COMMAND ${VALIDATOR} ${VALIDATOR_ARGS} ${FILE}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${VALIDATOR} failed (${result}) on ${FILE}")
endif()
if(output MATCHES "(^|\n)[^\n]*(error|warning):")
    message(FATAL_ERROR "${VALIDATOR} reported problems in ${FILE}")
endif()
