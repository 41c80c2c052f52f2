#include "AkSkSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace EndpointDesk {

QByteArray AkSkSigner::encode(const QByteArray &utf8)
{
    // toPercentEncoding keeps exactly RFC 3986's unreserved set (ALPHA DIGIT - . _ ~) and writes
    // upper-case hex.
    return utf8.toPercentEncoding();
}

QByteArray AkSkSigner::canonicalUri(const QUrl &url)
{
    // Decode what was sent, then encode each segment the one canonical way, so that "%7e" and "~"
    // sign alike, as the server sees them.
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    QList<QByteArray> segments = path.split('/');
    for (QByteArray &segment : segments)
        segment = encode(QByteArray::fromPercentEncoding(segment));
    QByteArray uri = segments.join('/');
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray AkSkSigner::canonicalQuery(const QUrl &url)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray key = equals < 0 ? item : item.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        pairs.append({encode(QByteArray::fromPercentEncoding(key)), encode(QByteArray::fromPercentEncoding(value))});
    }
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> joined;
    joined.reserve(pairs.size());
    for (const auto &[key, value] : pairs)
        joined.append(key + '=' + value);
    return joined.join('&');
}

QByteArray AkSkSigner::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    const int port = url.port();
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QByteArray AkSkSigner::hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QList<QByteArray> AkSkSigner::normalizedHeaderNames(const QList<QByteArray> &names)
{
    QList<QByteArray> lower;
    for (const QByteArray &name : names) {
        const QByteArray normalized = name.trimmed().toLower();
        if (!normalized.isEmpty() && !lower.contains(normalized))
            lower.append(normalized);
    }
    std::sort(lower.begin(), lower.end());
    return lower;
}

QByteArray AkSkSigner::canonicalRequest(const ApiRequest &request, const QList<QByteArray> &signedHeaders)
{
    const QList<QByteArray> names = normalizedHeaderNames(signedHeaders);
    QByteArray headers;
    for (const QByteArray &name : names) {
        QByteArray value = request.header(name);
        if (value.isEmpty() && name == "host")
            value = hostHeader(request.url);
        headers += name + ':' + value.trimmed() + '\n';
    }
    return request.method.toUpper() + '\n' + canonicalUri(request.url) + '\n' + canonicalQuery(request.url) + '\n'
           + headers + '\n' + names.join(';') + '\n' + hexSha256(request.body);
}

QByteArray AkSkSigner::stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate)
{
    return algorithm() + '\n' + sdkDate + '\n' + hexSha256(canonicalRequest);
}

QByteArray AkSkSigner::signature(const QByteArray &stringToSign, const QByteArray &secretKey)
{
    return QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256).toHex();
}

QByteArray AkSkSigner::authorization(const ApiRequest &request, const QList<QByteArray> &signedHeaders,
                                     const QByteArray &accessKey, const QByteArray &secretKey)
{
    const QByteArray canonical = canonicalRequest(request, signedHeaders);
    const QByteArray toSign = stringToSign(canonical, request.header(QByteArrayLiteral("X-Sdk-Date")));
    return algorithm() + " Access=" + accessKey + ", SignedHeaders=" + normalizedHeaderNames(signedHeaders).join(';')
           + ", Signature=" + signature(toSign, secretKey);
}

} // namespace EndpointDesk
