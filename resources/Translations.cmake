# endpointdesk_add_translations(TARGET [SOURCE_DIRS dir...])
#
# Compiles resources/translations/endpoint-desk_<language>.ts into TARGET, under ":/i18n/", and adds
# the targets TARGET_lupdate / update_translations (refresh the .ts files from the sources) and
# TARGET_lrelease / release_translations. lupdate reads every .cpp, .h and .ui file under SOURCE_DIRS,
# by default app/ and ui/ of the project, so strings from the core library are found too.
#
# Load at start-up, after the QApplication exists:
#   QTranslator translator;
#   if (translator.load(QLocale(), QStringLiteral("endpoint-desk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
#       QCoreApplication::installTranslator(&translator);
#
# The Qt tools come from Debian's qt6-tools-dev and qt6-l10n-tools (scripts/debian-packages.txt).
set(ENDPOINTDESK_TRANSLATIONS_DIR "${CMAKE_CURRENT_LIST_DIR}/translations" CACHE INTERNAL
    "Folder of the Endpoint Desk .ts files")

function(endpointdesk_add_translations target)
    cmake_parse_arguments(ARG "" "" "SOURCE_DIRS" ${ARGN})
    if(NOT TARGET ${target})
        message(FATAL_ERROR "endpointdesk_add_translations: no target named '${target}'")
    endif()
    if(NOT ARG_SOURCE_DIRS)
        set(ARG_SOURCE_DIRS "${PROJECT_SOURCE_DIR}/app" "${PROJECT_SOURCE_DIR}/ui")
    endif()
    # Found here, in the caller's folder, so that Qt6::lupdate and Qt6::lrelease are visible where
    # the target is defined.
    find_package(Qt6 ${Qt6_VERSION} REQUIRED COMPONENTS LinguistTools)

    set(sources "")
    foreach(dir IN LISTS ARG_SOURCE_DIRS)
        file(GLOB_RECURSE found CONFIGURE_DEPENDS "${dir}/*.cpp" "${dir}/*.h" "${dir}/*.ui")
        list(APPEND sources ${found})
    endforeach()
    file(GLOB ts_files CONFIGURE_DEPENDS "${ENDPOINTDESK_TRANSLATIONS_DIR}/endpoint-desk_*.ts")

    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${sources}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()
