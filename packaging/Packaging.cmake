# Installation of the desktop integration files, and CPack settings.
# Included from the top-level CMakeLists.txt (include(packaging/Packaging.cmake OPTIONAL)).
#
#   cmake --preset release && cmake --build --preset release
#   cpack --config build/release/CPackConfig.cmake -B build/release/packages     # Debian 12: a .deb
#
# Windows (NSIS) and macOS (drag-and-drop .dmg) recipes: packaging/windows/README.md, packaging/macos/README.md.

set(ENDPOINTDESK_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(ENDPOINTDESK_ICON_DIR "${PROJECT_SOURCE_DIR}/resources/icons/hicolor")

if(UNIX AND NOT APPLE)
    # freedesktop.org: menu entry, AppStream metadata (software centres), themed icons.
    install(FILES "${ENDPOINTDESK_PACKAGING_DIR}/linux/${ENDPOINTDESK_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${ENDPOINTDESK_PACKAGING_DIR}/linux/${ENDPOINTDESK_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(DIRECTORY "${ENDPOINTDESK_ICON_DIR}"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons"
        FILES_MATCHING
            PATTERN "${ENDPOINTDESK_APP_ID}.png"
            PATTERN "${ENDPOINTDESK_APP_ID}.svg")
endif()

if(WIN32)
    # windeployqt copies Qt, its plugins and the compiler runtime into the install tree, which CPack's
    # NSIS installer then packs. Qt 6.5 and later can do this from app/CMakeLists.txt instead
    # (qt_generate_deploy_app_script); then set ENDPOINTDESK_WINDEPLOYQT OFF.
    option(ENDPOINTDESK_WINDEPLOYQT "Run windeployqt on the installed executable" ON)
    if(ENDPOINTDESK_WINDEPLOYQT AND TARGET Qt6::windeployqt)
        find_package(Qt6Keychain CONFIG QUIET)
        set(endpointdesk_keychain_dll "")
        if(TARGET qt6keychain)
            set(endpointdesk_keychain_dll "$<TARGET_FILE:qt6keychain>")
        endif()
        install(CODE "
            set(WINDEPLOYQT \"$<TARGET_FILE:Qt6::windeployqt>\")
            set(QTKEYCHAIN_DLL \"${endpointdesk_keychain_dll}\")
            include(\"${ENDPOINTDESK_PACKAGING_DIR}/windows/DeployQt.cmake\")")
    endif()
endif()

# The licence goes beside the documentation, in the folder named after the package.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/endpoint-desk")

# ---------------------------------------------------------------------------------------------------------
# CPack
set(ENDPOINTDESK_PACKAGE_MAINTAINER "The Endpoint Desk authors <https://github.com/endpointdesk/endpoint-desk/issues>"
    CACHE STRING "Maintainer field of the packages: \"Name <address>\"")

set(CPACK_PACKAGE_NAME "endpoint-desk")
set(CPACK_PACKAGE_VENDOR "The Endpoint Desk authors")
set(CPACK_PACKAGE_CONTACT "${ENDPOINTDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Endpoint Desk creates Huawei Cloud FunctionGraph VPC endpoints by point and click, from saved \
connection profiles, and keeps a record of every endpoint it created. Secrets are kept in the system \
keychain. A built-in sandbox emulates the cloud so everything can be tried without an account.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Endpoint Desk")
set(CPACK_PACKAGE_EXECUTABLES "endpoint-desk" "Endpoint Desk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git" "/\\\\.cache/")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()

# Debian. dpkg-shlibdeps (package dpkg-dev, part of build-essential) finds the shared libraries the
# executables and the sandbox plugin link (libqt6widgets6, libqt6network6, libqt6sql6, libqt6keychain1, and
# the plugin's libqt6httpserver6 and libssl3, ...).
# What Qt loads at run time as plugins is invisible to it and is listed by hand.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ENDPOINTDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# CPack writes CPACK_PACKAGE_DESCRIPTION_SUMMARY as the synopsis line; this is the extended description,
# wrapped under 80 columns as Debian asks.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Endpoint Desk creates Huawei Cloud FunctionGraph VPC endpoints by point and\n\
click, from saved connection profiles, and keeps a record of every endpoint\n\
it created. Secrets are kept in the system keychain. A built-in sandbox\n\
emulates the cloud so everything can be tried without an account.")
set(ENDPOINTDESK_DEBIAN_QT_LIBRARIES
    "libqt6core6 (>= 6.4.2), libqt6gui6 (>= 6.4.2), libqt6widgets6 (>= 6.4.2), libqt6network6 (>= 6.4.2), \
libqt6sql6 (>= 6.4.2), libqt6httpserver6 (>= 6.4.2), libqt6websockets6 (>= 6.4.2), libqt6keychain1 (>= 0.13), \
libssl3 (>= 3.0.0)")
# The SQLite driver of Qt SQL is a plugin, loaded for the history store.
set(ENDPOINTDESK_DEBIAN_PLUGINS "libqt6sql6-sqlite (>= 6.4.2)")
find_program(DPKG_SHLIBDEPS_EXECUTABLE dpkg-shlibdeps)
if(DPKG_SHLIBDEPS_EXECUTABLE)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${ENDPOINTDESK_DEBIAN_PLUGINS}")
else()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${ENDPOINTDESK_DEBIAN_QT_LIBRARIES}, ${ENDPOINTDESK_DEBIAN_PLUGINS}")
endif()
# Secrets go to a keychain service (Secret Service or KWallet); without one they are kept for the
# running session only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin")

# Windows (NSIS): see packaging/windows/README.md; windeployqt must have filled the install tree first.
set(CPACK_NSIS_DISPLAY_NAME "Endpoint Desk")
set(CPACK_NSIS_PACKAGE_NAME "Endpoint Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\endpoint-desk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_ICON "${ENDPOINTDESK_PACKAGING_DIR}/windows/${ENDPOINTDESK_APP_ID}.ico")
set(CPACK_NSIS_MUI_UNIICON "${ENDPOINTDESK_PACKAGING_DIR}/windows/${ENDPOINTDESK_APP_ID}.ico")

# macOS: see packaging/macos/README.md.
set(CPACK_DMG_VOLUME_NAME "Endpoint Desk")

include(CPack)
