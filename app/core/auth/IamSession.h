#pragma once

#include "ApiError.h"
#include "Credentials.h"
#include "IamSessionInfo.h"
#include "ServiceEndpoints.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace EndpointDesk {

class PendingReply;
class Transport;
struct ApiResponse;

// A signed-in IAM user: exchanges account, user name and password (and an MFA code) for a token,
// keeps the token in memory only, and renews it shortly before it expires. Everything is
// asynchronous; the window shows who is signed in, for which project and until when.
class IamSession : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)
    using Clock = std::function<QDateTime()>;

    explicit IamSession(Transport *transport, QObject *parent = nullptr);
    ~IamSession() override;

    // The time renewalTime() is given in (tests move it); the system clock when empty. Timers
    // count the token's own lifetime (expires_at - issued_at) from the moment it arrived.
    void setClock(Clock clock);

    // Starts signing in; replaces any current sign-in. Returns false, doing nothing, with *problem
    // set when something needed is missing. Ends with signedIn() or failed().
    bool signIn(const ServiceEndpoints &endpoints, const Credentials &credentials, const QString &projectId,
                QString *problem = nullptr);
    // Gets a new token with the details of the last sign-in; the current token stays in use until
    // then. Returns false when that cannot happen unattended: nobody signed in, or MFA (a code
    // works once). While a renewal runs, calling it again joins that one.
    bool renew();
    bool canRenew() const;
    bool isRenewing() const;
    // Stops any sign-in, forgets the token and the password.
    void signOut();

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    // Empty unless signed in.
    QString token() const { return m_token; }
    IamSessionInfo info() const { return m_info; }
    // When the token will be renewed (or, with MFA, when expiringSoon() is emitted); invalid if not planned.
    QDateTime renewalTime() const { return m_renewalTime; }
    // "Signed in as ... for project ... until ...", or why not.
    QString statusText() const;

    // How long before expiry to renew: 5 minutes, or a tenth of the lifetime for short-lived tokens.
    static qint64 renewalMarginMs(qint64 lifetimeMs);
    // IAM's expires_at / issued_at ("2020-01-04T09:05:22.701000Z") as UTC.
    static QDateTime parseIamTime(const QString &text);
    // Whose a token is and until when, from IAM's {"token": {...}} answer (issued or validated).
    static IamSessionInfo infoOfToken(const QByteArray &answer);

Q_SIGNALS:
    void stateChanged(EndpointDesk::IamSession::State state);
    // Also emitted after each renewal, with the new expiry.
    void signedIn(const EndpointDesk::IamSessionInfo &info);
    // error.hint explains the refusal in words. After a failed renewal the old token stays in use
    // until it expires.
    void failed(const EndpointDesk::ApiError &error);
    // The token was forgotten: signed out, or it expired without a renewal.
    void signedOut();
    // An MFA sign-in cannot renew itself: a new code is needed before expiresAt.
    void expiringSoon(const QDateTime &expiresAt);

private:
    void start(bool renewal);
    void succeed(const QString &token, const IamSessionInfo &info);
    void fail(const ApiError &error, bool renewal);
    void forget();
    void setState(State state);
    void planTimers();
    QDateTime now() const;

    Transport *m_transport;
    Clock m_clock;
    ServiceEndpoints m_endpoints;
    Credentials m_credentials; // kept for renewal; the MFA code is dropped after use
    QString m_projectId;
    QString m_token;
    IamSessionInfo m_info;
    State m_state = State::SignedOut;
    QPointer<PendingReply> m_pending;
    quint64 m_generation = 0;
    bool m_renewing = false;
    QDateTime m_renewalTime;
    QTimer m_renewalTimer;
    QTimer m_expiryTimer;
};

} // namespace EndpointDesk
