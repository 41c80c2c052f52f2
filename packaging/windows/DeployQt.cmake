# Install-time step for Windows: copies the Qt libraries, plugins and the compiler runtime next to the
# installed endpoint-desk.exe with windeployqt, so that the install tree (and the NSIS installer CPack
# builds from it) runs on a machine without Qt. Enabled by packaging/Packaging.cmake on WIN32 only.
# QtKeychain is not a Qt module, so windeployqt does not know it: its DLL is copied by hand.
#
# Variables (set by Packaging.cmake through install(CODE)): WINDEPLOYQT, QTKEYCHAIN_DLL.
cmake_minimum_required(VERSION 3.25)

set(exe "${CMAKE_INSTALL_PREFIX}/bin/endpoint-desk.exe")
if(DEFINED ENV{DESTDIR})
    set(exe "$ENV{DESTDIR}${exe}")
endif()
if(NOT EXISTS "${exe}")
    message(FATAL_ERROR "DeployQt: ${exe} is not installed")
endif()

execute_process(
    COMMAND "${WINDEPLOYQT}" --release --compiler-runtime --no-opengl-sw --no-system-d3d-compiler
            --translations de,en "${exe}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "windeployqt failed (${result})")
endif()

if(QTKEYCHAIN_DLL AND EXISTS "${QTKEYCHAIN_DLL}")
    get_filename_component(bin_dir "${exe}" DIRECTORY)
    file(COPY "${QTKEYCHAIN_DLL}" DESTINATION "${bin_dir}")
else()
    message(WARNING "DeployQt: qt6keychain.dll not given or not found; copy it next to endpoint-desk.exe")
endif()
