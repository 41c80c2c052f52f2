#include "SandboxAkSkVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace EndpointDesk {

namespace {

const QByteArray algorithm = "SDK-HMAC-SHA256";

} // namespace

std::optional<SandboxAkSkVerifier::Authorization> SandboxAkSkVerifier::parseAuthorization(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (!trimmed.startsWith(QByteArray(algorithm + ' ')))
        return std::nullopt;
    Authorization result;
    bool haveHeaders = false;
    for (const QByteArray &part : trimmed.mid(algorithm.size() + 1).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray key = item.left(equals);
        const QByteArray field = item.mid(equals + 1);
        if (key == "Access") {
            result.accessKey = QString::fromLatin1(field);
        } else if (key == "SignedHeaders") {
            result.signedHeaders = field.split(';');
            haveHeaders = true;
        } else if (key == "Signature") {
            result.signature = field;
        }
    }
    if (result.accessKey.isEmpty() || !haveHeaders || result.signature.isEmpty())
        return std::nullopt;
    return result;
}

QByteArray SandboxAkSkVerifier::encode(const QByteArray &bytes)
{
    // Qt keeps exactly RFC 3986's unreserved set (ALPHA DIGIT - . _ ~) and writes upper-case hex.
    return bytes.toPercentEncoding();
}

QByteArray SandboxAkSkVerifier::canonicalUri(const QByteArray &encodedPath)
{
    QByteArrayList segments = encodedPath.split('/');
    for (QByteArray &segment : segments)
        segment = encode(QByteArray::fromPercentEncoding(segment));
    QByteArray uri = segments.join('/');
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray SandboxAkSkVerifier::canonicalQuery(const QByteArray &encodedQuery)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &item : encodedQuery.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray key = equals < 0 ? item : item.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        pairs.append({encode(QByteArray::fromPercentEncoding(key)), encode(QByteArray::fromPercentEncoding(value))});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArrayList parts;
    for (const auto &pair : std::as_const(pairs))
        parts.append(pair.first + '=' + pair.second);
    return parts.join('&');
}

QByteArray SandboxAkSkVerifier::canonicalRequest(const SandboxRequest &request, const QByteArrayList &signedHeaders)
{
    QByteArray headers;
    for (const QByteArray &name : signedHeaders)
        headers += name.toLower() + ':' + request.header(name).trimmed() + '\n';
    const QByteArray bodyHash = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    return QByteArrayList{request.method.toUpper(),
                          canonicalUri(request.encodedPath()),
                          canonicalQuery(request.encodedQuery()),
                          headers,
                          signedHeaders.join(';').toLower(),
                          bodyHash}
        .join('\n');
}

QByteArray SandboxAkSkVerifier::stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate)
{
    return algorithm + '\n' + sdkDate + '\n'
           + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray SandboxAkSkVerifier::signature(const QByteArray &stringToSign, const QByteArray &secretKey)
{
    return QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256).toHex();
}

QByteArray SandboxAkSkVerifier::authorization(const SandboxRequest &request, const QByteArray &accessKey,
                                              const QByteArray &secretKey, QByteArrayList signedHeaders)
{
    std::sort(signedHeaders.begin(), signedHeaders.end());
    const QByteArray canonical = canonicalRequest(request, signedHeaders);
    const QByteArray sig = signature(stringToSign(canonical, request.header("X-Sdk-Date")), secretKey);
    return algorithm + " Access=" + accessKey + ", SignedHeaders=" + signedHeaders.join(';') + ", Signature=" + sig;
}

bool SandboxAkSkVerifier::verify(const SandboxRequest &request, const Authorization &authorization,
                                 const QByteArray &secretKey)
{
    const QByteArray expected = signature(
        stringToSign(canonicalRequest(request, authorization.signedHeaders), request.header("X-Sdk-Date")), secretKey);
    const QByteArray given = authorization.signature.toLower();
    if (given.size() != expected.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference = char(difference | (expected.at(i) ^ given.at(i)));
    return difference == 0;
}

} // namespace EndpointDesk
