#include "ApiResponse.h"

namespace EndpointDesk {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiResponse::requestId() const
{
    QByteArray id = header(QByteArrayLiteral("X-Request-Id"));
    if (id.isEmpty())
        id = header(QByteArrayLiteral("X-IAM-Trace-Id"));
    return QString::fromLatin1(id);
}

} // namespace EndpointDesk
