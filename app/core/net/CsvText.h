#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace EndpointDesk {

// CSV as the program writes it for spreadsheets: comma separated, CRLF line ends, quoted where needed,
// and no cell that a spreadsheet would run as a formula.
class CsvText
{
public:
    static QString field(QString value);
    // The fields as one line, CRLF included.
    static QString line(const QStringList &fields);
    // Writes bytes to path as a whole (a half-written file never replaces the old one); false with
    // *error in words when it could not.
    static bool writeWhole(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace EndpointDesk
