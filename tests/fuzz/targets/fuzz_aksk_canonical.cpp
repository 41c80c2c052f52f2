#include "AkSkSigner.h"
#include "FuzzSupport.h"

using namespace EndpointDesk;

ENDPOINTDESK_FUZZ_INITIALIZE

// The AK/SK canonical request from a request laid out like HTTP: the method on the first line, the
// URL on the second, then "Name: value" header lines up to an empty line, then the body.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    qsizetype at = 0;
    auto nextLine = [&](bool *found) {
        const qsizetype end = input.indexOf('\n', at);
        *found = end >= 0;
        const QByteArray line = input.mid(at, (end < 0 ? input.size() : end) - at);
        at = end < 0 ? input.size() : end + 1;
        return line;
    };
    bool found = false;
    ApiRequest request;
    request.method = nextLine(&found);
    request.url = QUrl(QString::fromUtf8(nextLine(&found)));
    QList<QByteArray> signedHeaders = {QByteArrayLiteral("host")};
    for (QByteArray line = nextLine(&found); found && !line.isEmpty(); line = nextLine(&found)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon < 0 ? line : line.left(colon);
        request.headers.append({name, colon < 0 ? QByteArray() : line.mid(colon + 1)});
        signedHeaders.append(name);
    }
    request.body = input.mid(at);
    (void)AkSkSigner::canonicalUri(request.url);
    (void)AkSkSigner::canonicalQuery(request.url);
    (void)AkSkSigner::hostHeader(request.url);
    const QByteArray canonical = AkSkSigner::canonicalRequest(request, signedHeaders);
    (void)AkSkSigner::stringToSign(canonical, QByteArrayLiteral("20240101T000000Z"));
    (void)AkSkSigner::authorization(request, signedHeaders, QByteArrayLiteral("AccessKey"),
                                    QByteArrayLiteral("SecretKey"));
    return 0;
}
