# One target carries every compile option; every project target links it.
add_library(endpointdesk_options INTERFACE)
target_compile_features(endpointdesk_options INTERFACE cxx_std_17)
target_compile_definitions(endpointdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ENDPOINTDESK_VERSION="${PROJECT_VERSION}"
    ENDPOINTDESK_APP_ID="${ENDPOINTDESK_APP_ID}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(endpointdesk_options INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's logging macros (qCInfo(category) << ...) leave their variadic part empty, which clang's
        # -Wpedantic reports in every use.
        target_compile_options(endpointdesk_options INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(ENDPOINTDESK_WARNINGS_AS_ERRORS)
        target_compile_options(endpointdesk_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(endpointdesk_options INTERFACE /W4 /permissive- /utf-8)
    if(ENDPOINTDESK_WARNINGS_AS_ERRORS)
        target_compile_options(endpointdesk_options INTERFACE /WX)
    endif()
endif()
