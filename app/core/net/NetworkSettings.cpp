#include "NetworkSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace EndpointDesk {

QNetworkProxy NetworkSettings::proxy() const
{
    switch (proxyMode) {
    case ProxyMode::System:
        break;
    case ProxyMode::None:
        return {QNetworkProxy::NoProxy};
    case ProxyMode::Manual:
        return {QNetworkProxy::HttpProxy, proxyHost, proxyPort, proxyUser,
                proxyUser.isEmpty() ? QString() : proxyPassword};
    }
    return {QNetworkProxy::DefaultProxy};
}

QList<QSslCertificate> NetworkSettings::loadCaCertificates(QString *problem) const
{
    if (caFile.isEmpty())
        return {};
    const QString shown = QDir::toNativeSeparators(caFile);
    auto fail = [problem](const QString &text) {
        if (problem)
            *problem = text;
        return QList<QSslCertificate>();
    };
    const QFileInfo info(caFile);
    if (!info.exists())
        return fail(QCoreApplication::translate(
                        "EndpointDesk",
                        "The profile's CA file %1 does not exist. Choose the file again under Profiles, or clear the "
                        "CA file field to trust the system's certificates only.")
                        .arg(shown));
    if (info.isDir())
        return fail(QCoreApplication::translate(
                        "EndpointDesk",
                        "The profile's CA file %1 is a folder. Choose the certificate file itself under Profiles.")
                        .arg(shown));
    // A device or a pipe could block the read or never end: only a regular file is read.
    if (!info.isFile())
        return fail(QCoreApplication::translate(
                        "EndpointDesk",
                        "The profile's CA file %1 is not a regular file. Choose the certificate file itself under "
                        "Profiles.")
                        .arg(shown));
    if (info.size() > MaxCaFileBytes)
        return fail(QCoreApplication::translate(
                        "EndpointDesk",
                        "The profile's CA file %1 is too large (%2 MiB) to be a certificate file. Choose the "
                        "certificate file under Profiles.")
                        .arg(shown)
                        .arg(info.size() / (qint64{1024} * 1024)));
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate(
                        "EndpointDesk",
                        "The profile's CA file %1 cannot be read: %2. Check its permissions, or choose another file "
                        "under Profiles.")
                        .arg(shown, file.errorString()));
    const QByteArray data = file.read(MaxCaFileBytes);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (certificates.isEmpty())
        return fail(QCoreApplication::translate(
                        "EndpointDesk",
                        "The profile's CA file %1 holds no certificate. It must contain one or more certificates in "
                        "PEM form (\"-----BEGIN CERTIFICATE-----\") or one in DER form; choose another file under "
                        "Profiles.")
                        .arg(shown));
    if (problem)
        problem->clear();
    return certificates;
}

bool operator==(const NetworkSettings &a, const NetworkSettings &b)
{
    return a.proxyMode == b.proxyMode && a.proxyHost == b.proxyHost && a.proxyPort == b.proxyPort
           && a.proxyUser == b.proxyUser && a.proxyPassword == b.proxyPassword && a.caFile == b.caFile
           && a.connectTimeout == b.connectTimeout && a.readTimeout == b.readTimeout;
}

} // namespace EndpointDesk
