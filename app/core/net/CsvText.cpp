#include "CsvText.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace EndpointDesk {

QString CsvText::field(QString value)
{
    // A spreadsheet would run a cell starting like a formula.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\'')))
        return QLatin1Char('"') + value.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return value;
}

QString CsvText::line(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &value : fields)
        escaped.append(field(value));
    return escaped.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

bool CsvText::writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("EndpointDesk", "Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace EndpointDesk
