# cmake -DBUILD_DIR=build/ci -DAPP_ID=id -DDATADIR=share -DSANDBOX_PLUGIN=lib/endpoint-desk/plugins/x.so
#       -P CheckInstallLayout.cmake
# Installs the build into a scratch prefix and checks the freedesktop files are where desktops look,
# and the sandbox plugin where the program looks.
cmake_minimum_required(VERSION 3.25)
set(prefix "${BUILD_DIR}/packaging-install-check")
file(REMOVE_RECURSE "${prefix}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

set(expected
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "${SANDBOX_PLUGIN}")
foreach(size 16 24 32 48 64 128 256 512)
    list(APPEND expected "${DATADIR}/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
endforeach()

set(missing "")
foreach(path IN LISTS expected)
    if(NOT EXISTS "${prefix}/${path}")
        list(APPEND missing "${path}")
    endif()
endforeach()
file(REMOVE_RECURSE "${prefix}")
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "not installed:\n  ${text}")
endif()
message(STATUS "installed: ${expected}")
