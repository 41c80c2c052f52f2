#include "IamSession.h"

#include "ApiResponse.h"
#include "ErrorHints.h"
#include "ErrorParser.h"
#include "Logging.h"
#include "PendingReply.h"
#include "TokenRequestBuilder.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace EndpointDesk {

namespace {

constexpr qint64 FiveMinutesMs = 5 * 60 * 1000;
constexpr qint64 RenewalRetryMs = 60 * 1000;

int timerInterval(qint64 ms)
{
    return static_cast<int>(std::clamp<qint64>(ms, 0, INT_MAX));
}

ApiError signInError(const QString &message)
{
    ApiError error;
    error.outcome = Outcome::UnreadableSuccess; // IAM answered 201, but not with a usable token
    error.code = ErrorCodes::Iam;
    error.message = message;
    error.hint =
        QCoreApplication::translate("EndpointDesk", "IAM's answer was not a token. Check the endpoint address: it must "
                                                    "reach Huawei Cloud IAM.");
    return error;
}

} // namespace

IamSession::IamSession(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    m_renewalTimer.setSingleShot(true);
    m_expiryTimer.setSingleShot(true);
    connect(&m_renewalTimer, &QTimer::timeout, this, [this] {
        if (!renew() && isSignedIn())
            Q_EMIT expiringSoon(m_info.expiresAt);
    });
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        // Renewal did not happen in time: the token is no good any more.
        qCInfo(lcCore) << "IAM token expired";
        const bool renewing = m_renewing;
        m_token.clear();
        m_info = {};
        m_renewalTimer.stop();
        setState(renewing ? State::SigningIn : State::SignedOut);
        Q_EMIT signedOut();
    });
}

IamSession::~IamSession()
{
    ++m_generation;
    if (m_pending)
        m_pending->cancel();
}

void IamSession::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime IamSession::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

qint64 IamSession::renewalMarginMs(qint64 lifetimeMs)
{
    return std::max<qint64>(0, std::min(FiveMinutesMs, lifetimeMs / 10));
}

QDateTime IamSession::parseIamTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool IamSession::signIn(const ServiceEndpoints &endpoints, const Credentials &credentials, const QString &projectId,
                        QString *problem)
{
    const QString missing = TokenRequestBuilder::check(credentials);
    if (!missing.isEmpty()) {
        if (problem)
            *problem = missing;
        return false;
    }
    ++m_generation;
    if (m_pending)
        m_pending->cancel();
    const bool wasSignedIn = !m_token.isEmpty();
    forget();
    m_endpoints = endpoints;
    m_credentials = credentials;
    m_projectId = projectId.trimmed();
    if (wasSignedIn)
        Q_EMIT signedOut();
    start(false);
    return true;
}

bool IamSession::canRenew() const
{
    return m_state == State::SignedIn && !m_info.usedMfa && !m_credentials.password.isEmpty();
}

bool IamSession::isRenewing() const
{
    return m_renewing;
}

bool IamSession::renew()
{
    if (m_renewing)
        return true;
    if (!canRenew())
        return false;
    start(true);
    return true;
}

void IamSession::signOut()
{
    ++m_generation;
    if (m_pending)
        m_pending->cancel();
    m_pending.clear();
    const bool wasSignedOut = m_state == State::SignedOut;
    forget();
    m_credentials = {};
    setState(State::SignedOut);
    if (!wasSignedOut)
        Q_EMIT signedOut();
}

void IamSession::forget()
{
    m_token.clear();
    m_info = {};
    m_renewing = false;
    m_renewalTime = {};
    m_renewalTimer.stop();
    m_expiryTimer.stop();
}

void IamSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void IamSession::start(bool renewal)
{
    const bool usedMfa = TokenRequestBuilder::usesMfa(m_credentials);
    const ApiRequest request = TokenRequestBuilder(m_endpoints).passwordToken(m_credentials, m_projectId);
    // An MFA code works once; the password stays for renewals until sign-out.
    m_credentials.mfaCode.clear();
    const quint64 generation = ++m_generation;
    m_renewing = renewal;
    if (!renewal)
        setState(State::SigningIn);
    qCInfo(lcCore) << (renewal ? "renewing IAM token" : "signing in to IAM") << "as" << m_credentials.userName << "at"
                   << request.url.toDisplayString(QUrl::RemoveQuery);
    PendingReply *reply = m_transport->send(request);
    m_pending = reply;
    connect(reply, &PendingReply::finished, this, [this, generation, renewal, usedMfa](const ApiResponse &response) {
        if (generation != m_generation)
            return; // replaced or signed out meanwhile
        m_pending.clear();
        m_renewing = false;

        if (response.callOutcome() != Outcome::Succeeded || response.httpStatus != 201) {
            ApiError error = ErrorParser::parse(response);
            error.hint = ErrorHints::hintForSignIn(error, response.outcome, usedMfa);
            fail(error, renewal);
            return;
        }
        const QString token = QString::fromLatin1(response.header(QByteArrayLiteral("X-Subject-Token"))).trimmed();
        IamSessionInfo info = infoOfToken(response.body);
        if (info.accountName.isEmpty())
            info.accountName = m_credentials.accountName;
        info.usedMfa = usedMfa;
        if (token.isEmpty()) {
            fail(signInError(QCoreApplication::translate("EndpointDesk", "IAM answered without an X-Subject-Token.")),
                 renewal);
            return;
        }
        if (!info.expiresAt.isValid()) {
            fail(signInError(QCoreApplication::translate("EndpointDesk", "IAM did not say when the token expires.")),
                 renewal);
            return;
        }
        succeed(token, info);
    });
}

IamSessionInfo IamSession::infoOfToken(const QByteArray &answer)
{
    const QJsonObject body = QJsonDocument::fromJson(answer).object().value(QLatin1String("token")).toObject();
    IamSessionInfo info;
    info.expiresAt = parseIamTime(body.value(QLatin1String("expires_at")).toString());
    info.issuedAt = parseIamTime(body.value(QLatin1String("issued_at")).toString());
    const QJsonObject project = body.value(QLatin1String("project")).toObject();
    info.projectId = project.value(QLatin1String("id")).toString();
    info.projectName = project.value(QLatin1String("name")).toString();
    const QJsonObject user = body.value(QLatin1String("user")).toObject();
    info.userName = user.value(QLatin1String("name")).toString();
    info.userId = user.value(QLatin1String("id")).toString();
    info.accountName = user.value(QLatin1String("domain")).toObject().value(QLatin1String("name")).toString();
    return info;
}

void IamSession::succeed(const QString &token, const IamSessionInfo &info)
{
    m_token = token;
    m_info = info;
    setState(State::SignedIn);
    planTimers();
    qCInfo(lcCore) << "signed in to IAM as" << info.userName << "for project" << info.projectName << "until"
                   << info.expiresAt.toString(Qt::ISODate);
    Q_EMIT signedIn(info);
}

void IamSession::fail(const ApiError &error, bool renewal)
{
    qCInfo(lcCore) << (renewal ? "IAM token renewal failed:" : "IAM sign-in failed:") << Outcomes::name(error.outcome)
                   << error.code << error.httpStatus;
    if (renewal && !m_token.isEmpty() && m_expiryTimer.isActive()) {
        // The current token still works; a passing network problem may clear before it expires.
        const bool passing = error.outcome == Outcome::CouldNotConnect || error.outcome == Outcome::NoAnswer;
        if (passing) {
            const qint64 retryIn = std::min<qint64>(RenewalRetryMs, m_expiryTimer.remainingTime() / 2);
            m_renewalTime = now().addMSecs(retryIn);
            m_renewalTimer.start(timerInterval(retryIn));
        }
        Q_EMIT failed(error);
        return;
    }
    const bool wasSignedIn = !m_token.isEmpty();
    forget();
    setState(State::SignedOut);
    Q_EMIT failed(error);
    if (wasSignedIn)
        Q_EMIT signedOut();
}

void IamSession::planTimers()
{
    // Measured by the token's own lifetime from now, not by this computer's clock against
    // expires_at: a clock hours off must neither renew in a loop nor let the token lapse.
    const QDateTime current = now();
    const qint64 lifetime = m_info.issuedAt.isValid() && m_info.issuedAt < m_info.expiresAt
                                ? m_info.issuedAt.msecsTo(m_info.expiresAt)
                                : current.msecsTo(m_info.expiresAt);
    const qint64 renewIn = lifetime - renewalMarginMs(lifetime);
    m_renewalTime = current.addMSecs(renewIn);
    m_renewalTimer.start(timerInterval(renewIn));
    m_expiryTimer.start(timerInterval(lifetime));
}

QString IamSession::statusText() const
{
    switch (m_state) {
    case State::SignedOut:
        return QCoreApplication::translate("EndpointDesk", "Not signed in.");
    case State::SigningIn:
        return QCoreApplication::translate("EndpointDesk", "Signing in\u2026");
    case State::SignedIn:
        break;
    }
    const QString project = m_info.projectName.isEmpty() ? m_info.projectId : m_info.projectName;
    return QCoreApplication::translate("EndpointDesk", "Signed in as %1 (account %2) for project %3 until %4.")
        .arg(m_info.userName, m_info.accountName, project,
             QLocale().toString(m_info.expiresAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace EndpointDesk
