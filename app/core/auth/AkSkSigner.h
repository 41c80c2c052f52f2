#pragma once

#include "ApiRequest.h"

#include <QByteArray>
#include <QList>

namespace EndpointDesk {

// Huawei Cloud's SDK-HMAC-SHA256 request signature, step by step, so that each step can be
// checked against the SDKs' test vectors. Pure functions: no clock, no state.
class AkSkSigner
{
public:
    static QByteArray algorithm() { return QByteArrayLiteral("SDK-HMAC-SHA256"); }

    // RFC 3986: unreserved characters kept, everything else %XX in upper case.
    static QByteArray encode(const QByteArray &utf8);
    // Each path segment encoded, always ending in '/'.
    static QByteArray canonicalUri(const QUrl &url);
    // Keys and values encoded, sorted by key then value, joined by '&'.
    static QByteArray canonicalQuery(const QUrl &url);
    // The Host header value: the host, plus ":port" when the port is not the scheme's default.
    static QByteArray hostHeader(const QUrl &url);
    // Lower-case hex SHA-256.
    static QByteArray hexSha256(const QByteArray &data);

    // signedHeaders: names in any case; they are lower-cased and sorted. A "host" header absent
    // from the request is taken from the URL.
    static QByteArray canonicalRequest(const ApiRequest &request, const QList<QByteArray> &signedHeaders);
    static QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate);
    static QByteArray signature(const QByteArray &stringToSign, const QByteArray &secretKey);
    // The whole Authorization header value. The request must already carry X-Sdk-Date.
    static QByteArray authorization(const ApiRequest &request, const QList<QByteArray> &signedHeaders,
                                    const QByteArray &accessKey, const QByteArray &secretKey);

    static QList<QByteArray> normalizedHeaderNames(const QList<QByteArray> &names);
};

} // namespace EndpointDesk
