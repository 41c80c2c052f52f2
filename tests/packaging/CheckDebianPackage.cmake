# cmake -DBUILD_DIR=build/ci -DCPACK=cpack -DDPKG_DEB=dpkg-deb -DAPP_ID=id -P CheckDebianPackage.cmake
# Builds the .deb with CPack and checks its control fields and that it carries the program and the
# desktop integration files.
cmake_minimum_required(VERSION 3.25)
set(out "${BUILD_DIR}/packaging-deb-check")
file(REMOVE_RECURSE "${out}")
execute_process(COMMAND ${CPACK} -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${out}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
file(GLOB debs "${out}/*.deb")
if(NOT result EQUAL 0 OR NOT debs)
    message(FATAL_ERROR "cpack failed (${result}):\n${output}")
endif()
list(GET debs 0 deb)

execute_process(COMMAND ${DPKG_DEB} --field "${deb}" Package Depends Section Maintainer
    OUTPUT_VARIABLE fields RESULT_VARIABLE result)
execute_process(COMMAND ${DPKG_DEB} --contents "${deb}" OUTPUT_VARIABLE contents)
file(REMOVE_RECURSE "${out}")
message("${fields}")

set(problems "")
foreach(needle
        "Package: endpoint-desk"
        "Section: net"
        "libqt6sql6-sqlite"     # plugin, listed by hand
        "libqt6widgets6"        # found by dpkg-shlibdeps, or the fixed list
        "libqt6core6")
    string(FIND "${fields}" "${needle}" at)
    if(at EQUAL -1)
        list(APPEND problems "control fields lack '${needle}'")
    endif()
endforeach()
foreach(path
        "./usr/bin/endpoint-desk"
        "./usr/share/applications/${APP_ID}.desktop"
        "./usr/share/metainfo/${APP_ID}.metainfo.xml"
        "./usr/share/icons/hicolor/256x256/apps/${APP_ID}.png"
        "./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg")
    string(FIND "${contents}" "${path}" at)
    if(at EQUAL -1)
        list(APPEND problems "package lacks ${path}")
    endif()
endforeach()
if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "${deb}:\n  ${text}")
endif()
