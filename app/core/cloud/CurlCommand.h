#pragma once

#include "ApiRequest.h"

#include <QList>
#include <QString>

namespace EndpointDesk {

// A request as a curl command line a person can paste into a shell, with secrets shown as ****.
class CurlCommand
{
public:
    static QString format(const ApiRequest &request, const QList<QByteArray> &secretHeaders);
    // Quotes text for a POSIX shell.
    static QString shellQuoted(const QString &text);
    // Whether a header's value is shown as ****: Authorization and the authenticator's secret headers.
    static bool isSecret(const QByteArray &name, const QList<QByteArray> &secretHeaders);
};

} // namespace EndpointDesk
