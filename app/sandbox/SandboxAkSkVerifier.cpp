#include "SandboxAkSkVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <array>
#include <tuple>
#include <vector>

namespace EndpointDesk {

namespace {

const QByteArray algorithm = "SDK-HMAC-SHA256";

// RFC 3986 section 2.3: ALPHA / DIGIT / "-" / "." / "_" / "~". Spelled out here rather than taken from a URL
// library, so that what the gateway keeps unescaped does not depend on what the client's library does.
constexpr std::array<bool, 256> makeUnreservedTable()
{
    std::array<bool, 256> table{};
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    table['-'] = true;
    table['.'] = true;
    table['_'] = true;
    table['~'] = true;
    return table;
}

constexpr std::array<bool, 256> unreserved = makeUnreservedTable();
constexpr char upperHexDigits[] = "0123456789ABCDEF";

// The value of one hex digit in either case, or -1.
int hexDigitValue(char digit)
{
    if (digit >= '0' && digit <= '9')
        return digit - '0';
    if (digit >= 'A' && digit <= 'F')
        return digit - 'A' + 10;
    if (digit >= 'a' && digit <= 'f')
        return digit - 'a' + 10;
    return -1;
}

// "%XX" in either case becomes its byte. A '%' without two hex digits after it is kept as a plain '%' (and so
// becomes "%25"), as a lenient server reads it, instead of turning into some arbitrary byte.
QByteArray percentDecoded(QByteArrayView sent)
{
    QByteArray bytes;
    bytes.reserve(sent.size());
    qsizetype i = 0;
    while (i < sent.size()) {
        const bool escape = sent[i] == '%' && i + 2 < sent.size();
        const int high = escape ? hexDigitValue(sent[i + 1]) : -1;
        const int low = high >= 0 ? hexDigitValue(sent[i + 2]) : -1;
        if (low >= 0) {
            bytes += char(high * 16 + low);
            i += 3;
        } else {
            bytes += sent[i];
            i += 1;
        }
    }
    return bytes;
}

void appendEncoded(QByteArray &out, QByteArrayView bytes)
{
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (unreserved[code]) {
            out += byte;
            continue;
        }
        out += '%';
        out += upperHexDigits[code >> 4];
        out += upperHexDigits[code & 0x0f];
    }
}

// Whatever optional escapes the client chose, one spelling: decoded first, then encoded the canonical way.
QByteArray recoded(QByteArrayView sent)
{
    QByteArray out;
    appendEncoded(out, percentDecoded(sent));
    return out;
}

// Calls piece() for each run of text between separators; empty text is one empty piece.
template<typename Piece>
void forEachPiece(QByteArrayView text, char separator, Piece piece)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype next = text.indexOf(separator, start);
        if (next < 0) {
            piece(text.sliced(start));
            return;
        }
        piece(text.sliced(start, next - start));
        start = next + 1;
    }
}

struct QueryParameter
{
    QByteArray key; // encoded the canonical way
    QByteArray value;
};

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
    QByteArray out;
    out.reserve(bytes.size());
    appendEncoded(out, bytes);
    return out;
}

QByteArray SandboxAkSkVerifier::canonicalUri(const QByteArray &encodedPath)
{
    QByteArrayView path(encodedPath);
    if (path.startsWith('/'))
        path = path.sliced(1);
    // Segment by segment, so that an encoded "/" (%2F) stays inside its segment.
    QByteArray uri;
    forEachPiece(path, '/', [&uri](QByteArrayView segment) {
        uri += '/';
        appendEncoded(uri, percentDecoded(segment));
    });
    // Only the canonical form ends in '/': the path sent need not.
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray SandboxAkSkVerifier::canonicalQuery(const QByteArray &encodedQuery)
{
    std::vector<QueryParameter> parameters;
    forEachPiece(encodedQuery, '&', [&parameters](QByteArrayView item) {
        if (item.isEmpty())
            return;
        const qsizetype equals = item.indexOf('=');
        if (equals < 0)
            parameters.push_back({recoded(item), {}});
        else
            parameters.push_back({recoded(item.first(equals)), recoded(item.sliced(equals + 1))});
    });
    // By the encoded forms, byte by byte: the key first, then the value for repeated keys.
    std::sort(parameters.begin(), parameters.end(), [](const QueryParameter &a, const QueryParameter &b) {
        return std::tie(a.key, a.value) < std::tie(b.key, b.value);
    });
    QByteArray query;
    for (const QueryParameter &parameter : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += parameter.key;
        query += '=';
        query += parameter.value;
    }
    return query;
}

QByteArray SandboxAkSkVerifier::canonicalRequest(const SandboxRequest &request, const QByteArrayList &signedHeaders)
{
    // In the order the Authorization header lists them: that list, as given, is what the client signed.
    QByteArray headerLines;
    QByteArray headerNames;
    for (qsizetype i = 0; i < signedHeaders.size(); ++i) {
        const QByteArray name = signedHeaders.at(i).toLower();
        headerLines += name;
        headerLines += ':';
        headerLines += request.header(name).trimmed();
        headerLines += '\n';
        if (i > 0)
            headerNames += ';';
        headerNames += name;
    }

    QByteArray canonical;
    canonical += request.method.toUpper();
    canonical += '\n';
    canonical += canonicalUri(request.encodedPath());
    canonical += '\n';
    canonical += canonicalQuery(request.encodedQuery());
    canonical += '\n';
    canonical += headerLines; // ends in '\n', so an empty line follows
    canonical += '\n';
    canonical += headerNames;
    canonical += '\n';
    canonical += QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    return canonical;
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
