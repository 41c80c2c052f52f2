#pragma once

#include <QString>

class QComboBox;

namespace EndpointDesk {

// A region box: the regions Endpoint Desk lists, the four documented for VPC endpoints first, and any
// other region id typed in by hand. Used by the window and the profile manager alike.
class RegionChoice
{
public:
    static void setUp(QComboBox *box);
    // The chosen or typed region id, as typed (trimmed); the validators judge it.
    static QString regionId(const QComboBox *box);
    // Shows regionId, listed or not.
    static void select(QComboBox *box, const QString &regionId);
};

} // namespace EndpointDesk
