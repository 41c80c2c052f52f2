#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace EndpointDesk {

// A self-signed certificate and its private key for 127.0.0.1 and localhost, made in memory with
// OpenSSL when the sandbox starts over HTTPS, so that every run has a certificate of its own and none
// is kept in the source tree. The key never leaves this object; the certificate is handed out (PEM) for
// a client to trust.
class SandboxCertificate
{
public:
    static constexpr int ValidDays = 30;

    // A new certificate (subjectAltName IP:127.0.0.1 and DNS:localhost, valid from an hour ago for
    // ValidDays, ECDSA P-256 signed with SHA-256). A null one, with *error set, when OpenSSL fails.
    static SandboxCertificate generate(QString *error = nullptr);

    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }
    QSslCertificate certificate() const { return m_certificate; }
    QSslKey privateKey() const { return m_key; }
    // The certificate alone, never the key.
    QByteArray pem() const { return m_certificate.toPem(); }
    // Writes pem() to path, readable by everyone (it is public); false with *error set when it cannot.
    bool writePem(const QString &path, QString *error = nullptr) const;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace EndpointDesk
