# Shared compile options for every Mailwright target.
add_library(mailwright_options INTERFACE)
target_compile_options(mailwright_options INTERFACE -Wall -Wextra -Wpedantic
                       -Wshadow=local -Wnon-virtual-dtor -Wformat=2)
if(MAILWRIGHT_WERROR)
    target_compile_options(mailwright_options INTERFACE -Werror)
endif()
target_compile_definitions(mailwright_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(MAILWRIGHT_SANITIZE)
    target_compile_options(mailwright_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(mailwright_options INTERFACE -fsanitize=address,undefined)
endif()
