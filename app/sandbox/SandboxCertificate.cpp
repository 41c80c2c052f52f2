#include "SandboxCertificate.h"

#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace EndpointDesk {

namespace {

template<auto Free>
struct OpenSslFree
{
    template<typename T>
    void operator()(T *pointer) const
    {
        Free(pointer);
    }
};

using KeyPointer = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
using CertificatePointer = std::unique_ptr<X509, OpenSslFree<X509_free>>;
using BignumPointer = std::unique_ptr<BIGNUM, OpenSslFree<BN_free>>;
using ExtensionPointer = std::unique_ptr<X509_EXTENSION, OpenSslFree<X509_EXTENSION_free>>;

constexpr long SecondsPerDay = 24L * 60 * 60;

QString openSslError(const char *step)
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QStringLiteral("Cannot make the sandbox certificate (%1): %2")
        .arg(QLatin1String(step), QString::fromLatin1(text));
}

// DER bytes of an OpenSSL object through its i2d_ function.
template<typename T>
QByteArray toDer(int (*i2d)(const T *, unsigned char **), const T *object)
{
    const int size = i2d(object, nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    return i2d(object, &out) == size ? der : QByteArray();
}

bool addName(X509_NAME *name, const char *field, const char *value)
{
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(value), -1,
                                      -1, 0)
           == 1;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const ExtensionPointer extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool setRandomSerial(X509 *certificate)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // positive
    bytes[0] |= 0x01; // and never zero
    const BignumPointer serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

} // namespace

SandboxCertificate SandboxCertificate::generate(QString *error)
{
    auto fail = [error](const char *step) {
        if (error)
            *error = openSslError(step);
        return SandboxCertificate();
    };

    const KeyPointer key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return fail("key");
    const CertificatePointer x509(X509_new());
    if (!x509 || X509_set_version(x509.get(), X509_VERSION_3) != 1 || !setRandomSerial(x509.get()))
        return fail("serial number");
    // An hour back, so that a clock a little behind still accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(x509.get()), -60L * 60)
        || !X509_gmtime_adj(X509_getm_notAfter(x509.get()), ValidDays * SecondsPerDay))
        return fail("validity");
    X509_NAME *name = X509_get_subject_name(x509.get());
    if (!addName(name, "O", "Endpoint Desk") || !addName(name, "CN", "Endpoint Desk sandbox")
        || X509_set_issuer_name(x509.get(), name) != 1 || X509_set_pubkey(x509.get(), key.get()) != 1)
        return fail("name");
    // Its own authority, as a self-signed certificate a client adds to its CA list must be.
    if (!addExtension(x509.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(x509.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(x509.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(x509.get(), NID_subject_key_identifier, "hash")
        || !addExtension(x509.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost"))
        return fail("extensions");
    if (X509_sign(x509.get(), key.get(), EVP_sha256()) <= 0)
        return fail("signature");

    SandboxCertificate result;
    result.m_certificate = QSslCertificate(toDer<X509>(i2d_X509, x509.get()), QSsl::Der);
    // i2d_PrivateKey writes the key's own form (RFC 5915 ECPrivateKey), which QSslKey reads as DER.
    result.m_key = QSslKey(toDer<EVP_PKEY>(i2d_PrivateKey, key.get()), QSsl::Ec, QSsl::Der);
    if (result.isNull()) {
        if (error)
            *error = QStringLiteral("Cannot make the sandbox certificate: Qt could not read what OpenSSL made.");
        return {};
    }
    return result;
}

bool SandboxCertificate::writePem(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem()) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write the certificate to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace EndpointDesk
