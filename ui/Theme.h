#pragma once

#include <QColor>
#include <QPalette>

namespace EndpointDesk {

// Colours that read well on the light and the dark palette alike. Qt 6.4 has no
// QStyleHints::colorScheme(), so the palette decides.
class Theme
{
public:
    static bool isDark(const QPalette &palette);
    static QColor errorColor(const QPalette &palette);
    static QColor successColor(const QPalette &palette);
    // The sandbox banner's background: amber, unlike any colour of the cloud's answers.
    static QColor sandboxColor(const QPalette &palette);
};

} // namespace EndpointDesk
