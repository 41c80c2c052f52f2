#pragma once

#include <QDateTime>
#include <QString>

namespace EndpointDesk {

// Who is signed in, for which project, until when: what the window shows. Holds no secret.
struct IamSessionInfo
{
    QString userName;
    QString userId;
    QString accountName;
    QString projectId;
    QString projectName;
    QDateTime issuedAt;  // UTC
    QDateTime expiresAt; // UTC
    bool usedMfa = false;

    bool isValid() const { return expiresAt.isValid(); }
};

} // namespace EndpointDesk
