# cmake -DBUILD_DIR=build/ci -DCPACK=cpack -DDPKG_DEB=dpkg-deb -DAPP_ID=id -DVERSION=x.y.z
#       -DSANDBOX_PLUGIN=lib/endpoint-desk/plugins/x.so [-DAPT_GET=apt-get] -P CheckDebianPackage.cmake
# Builds the .deb with CPack, checks its control fields and that it carries the program, the sandbox
# plugin and the desktop integration files, then installs it with apt into a throwaway root and runs
# the installed `endpoint-desk --version`, and `endpoint-desk --sandbox` up to its first frame.
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
# Absolute, as apt takes a local package only by a path.
file(REAL_PATH "${deb}" deb)

execute_process(COMMAND ${DPKG_DEB} --field "${deb}" Package Depends Section Maintainer
    OUTPUT_VARIABLE fields RESULT_VARIABLE result)
execute_process(COMMAND ${DPKG_DEB} --contents "${deb}" OUTPUT_VARIABLE contents)
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
        "./usr/${SANDBOX_PLUGIN}"
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
    file(REMOVE_RECURSE "${out}")
    message(FATAL_ERROR "${deb}:\n  ${text}")
endif()

# Installed as a person installs it: apt resolves the Depends field and dpkg unpacks the package, here
# into a throwaway root. Its package database starts as a copy of this machine's, so the Qt libraries
# installed here satisfy the dependencies (nothing is downloaded: no package source is configured),
# and the installed program runs on them.
if(NOT APT_GET OR NOT EXISTS "${APT_GET}")
    file(REMOVE_RECURSE "${out}")
    message(FATAL_ERROR "apt-get not found: the package cannot be installed to test it (Debian: apt)")
endif()
set(root "${out}/root")
foreach(dir var/lib/dpkg/info var/lib/dpkg/updates var/lib/dpkg/triggers var/lib/apt/lists/partial
        var/cache/apt/archives/partial etc/apt/sources.list.d)
    file(MAKE_DIRECTORY "${root}/${dir}")
endforeach()
file(COPY_FILE /var/lib/dpkg/status "${root}/var/lib/dpkg/status")
file(TOUCH "${root}/var/lib/dpkg/available")
execute_process(
    COMMAND ${APT_GET} install --yes --no-install-recommends
        -o Debug::NoLocking=true
        -o Dir::State::status=${root}/var/lib/dpkg/status
        -o Dir::State::Lists=${root}/var/lib/apt/lists
        -o Dir::Cache=${root}/var/cache/apt
        -o Dir::Etc::SourceList=/dev/null
        -o Dir::Etc::SourceParts=${root}/etc/apt/sources.list.d
        -o DPkg::Options::=--root=${root}
        -o DPkg::Options::=--admindir=${root}/var/lib/dpkg
        -o DPkg::Options::=--force-not-root
        "${deb}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT EXISTS "${root}/usr/bin/endpoint-desk")
    file(REMOVE_RECURSE "${out}")
    message(FATAL_ERROR "apt-get could not install ${deb} (${result}):\n${output}")
endif()

# Offscreen: --version needs no display, but the program makes its QApplication first.
execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen "${root}/usr/bin/endpoint-desk" --version
    RESULT_VARIABLE result OUTPUT_VARIABLE version ERROR_VARIABLE version)

# The installed program finds its sandbox plugin: --sandbox opens the window (the probe quits at its
# first frame); without the plugin it would show its message and end with 1. Settings in a scratch home.
set(home "${out}/home")
file(MAKE_DIRECTORY "${home}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=ENDPOINTDESK_SANDBOX_DIR QT_QPA_PLATFORM=offscreen
        ENDPOINTDESK_FIRST_FRAME_PROBE=1 HOME=${home} XDG_CONFIG_HOME=${home}/config XDG_DATA_HOME=${home}/data
        XDG_CACHE_HOME=${home}/cache "${root}/usr/bin/endpoint-desk" --sandbox
    RESULT_VARIABLE sandbox_result OUTPUT_VARIABLE sandbox_output ERROR_VARIABLE sandbox_output
    TIMEOUT 60)
file(REMOVE_RECURSE "${out}")
if(NOT sandbox_result EQUAL 0 OR NOT sandbox_output MATCHES "first-frame-us")
    message(FATAL_ERROR "the installed endpoint-desk --sandbox failed (${sandbox_result}):\n${sandbox_output}")
endif()
message("installed endpoint-desk --version: ${version}")
string(FIND "${version}" "${VERSION}" at)
if(NOT result EQUAL 0 OR at EQUAL -1)
    message(FATAL_ERROR "the installed endpoint-desk --version failed (${result}) or lacks ${VERSION}:\n${version}")
endif()
