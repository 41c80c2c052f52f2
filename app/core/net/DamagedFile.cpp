#include "DamagedFile.h"

#include <QDateTime>
#include <QFile>

namespace EndpointDesk {

QString DamagedFile::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ"));
    const QString aside = path + QLatin1String(".damaged-") + stamp;
    // QFile::rename also moves a directory standing where the file should be.
    return QFile::rename(path, aside) ? aside : QString();
}

} // namespace EndpointDesk
