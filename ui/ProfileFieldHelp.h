#pragma once

#include <QString>

class QWidget;

namespace EndpointDesk {

// What each field of a profile is and where to find its value, keyed by the field's accessible name.
class ProfileFieldHelp
{
public:
    // Empty for a name without help.
    static QString forField(const QString &accessibleName);
    // Sets the help of every named field under root as its tool tip and What's This text.
    static void apply(QWidget *root);
};

} // namespace EndpointDesk
