#include "Theme.h"

namespace EndpointDesk {

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor Theme::successColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8b, 0xd6, 0x8f) : QColor(0x1b, 0x5e, 0x20);
}

QColor Theme::sandboxColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5c, 0x45, 0x00) : QColor(0xff, 0xe8, 0x9c);
}

} // namespace EndpointDesk
