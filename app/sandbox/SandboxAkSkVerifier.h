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

    // RFC 3986: unreserved characters kept, every other byte %XX in upper case.
    static QByteArray encode(const QByteArray &bytes);
    // Each segment of the path as sent, decoded and encoded again; always starts and ends in '/'. A '%' that
    // starts no valid escape counts as a plain '%'.
    static QByteArray canonicalUri(const QByteArray &encodedPath);
    // Keys and values decoded and encoded again like the path's segments, sorted by encoded key then encoded
    // value, joined by '&'.
    static QByteArray canonicalQuery(const QByteArray &encodedQuery);
    // The six lines that are hashed: method, URI, query, "name:value" per signed header (in the order given,
    // names lower-cased, values trimmed), the signed names, the hex SHA-256 of the body.
    static QByteArray canonicalRequest(const SandboxRequest &request, const QByteArrayList &signedHeaders);
    // "SDK-HMAC-SHA256", the X-Sdk-Date value and the hex SHA-256 of the canonical request, one a line.
    static QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &sdkDate);
    // Lower-case hex HMAC-SHA256 keyed with the secret key.
    static QByteArray signature(const QByteArray &stringToSign, const QByteArray &secretKey);

    // The Authorization header a correct client sends for this request; signedHeaders in lower case.
    static QByteArray authorization(const SandboxRequest &request, const QByteArray &accessKey,
                                    const QByteArray &secretKey, QByteArrayList signedHeaders);
    // Compares the request's signature with the one computed from it, in constant time.
    static bool verify(const SandboxRequest &request, const Authorization &authorization, const QByteArray &secretKey);
};

} // namespace EndpointDesk
