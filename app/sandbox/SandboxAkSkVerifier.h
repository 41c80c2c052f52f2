#pragma once

#include "SandboxRequest.h"

#include <QByteArrayList>

#include <optional>

namespace EndpointDesk {

// SDK-HMAC-SHA256 as the API gateway checks it, written from the algorithm's description and independent of the
// client's signer, so that a mistake in one is caught by the other.
class SandboxAkSkVerifier
{
public:
    struct Authorization
    {
        QString accessKey;
        QByteArrayList signedHeaders;
        QByteArray signature;
    };

    // "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex"; nullopt when it is not that shape.
    static std::optional<Authorization> parseAuthorization(const QByteArray &value);

    // RFC 3986: unreserved characters kept, the rest %XX in upper case.
    static QByteArray encode(const QByteArray &bytes);
    // Each segment of the path as sent, decoded and encoded again; always ends in '/'.
    static QByteArray canonicalUri(const QByteArray &encodedPath);
    // Keys and values decoded, encoded again, sorted by key then value.
    static QByteArray canonicalQuery(const QByteArray &encodedQuery);
    static QByteArray canonicalRequest(const SandboxRequest &request, const QByteArrayList &signedHeaders);
    static QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate);
    static QByteArray signature(const QByteArray &stringToSign, const QByteArray &secretKey);

    // The Authorization header a correct client sends for this request; signedHeaders in lower case.
    static QByteArray authorization(const SandboxRequest &request, const QByteArray &accessKey,
                                    const QByteArray &secretKey, QByteArrayList signedHeaders);
    // Compares the request's signature with the one computed from it, in constant time.
    static bool verify(const SandboxRequest &request, const Authorization &authorization, const QByteArray &secretKey);
};

} // namespace EndpointDesk
