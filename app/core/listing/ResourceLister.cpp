#include "ResourceLister.h"

#include "CloudConnection.h"
#include "ErrorParser.h"
#include "ListingCache.h"
#include "ListingParser.h"
#include "Logging.h"
#include "PendingReply.h"

#include <QCoreApplication>
#include <QTimer>

namespace EndpointDesk {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("EndpointDesk", text);
}

} // namespace

int ResourceLister::defaultPageLimit(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Project:
        return 0; // one answer, no paging
    case ResourceKind::Vpc:
        return 2000;
    case ResourceKind::Subnet:
        return 1000;
    case ResourceKind::Agency:
        return 100;
    }
    return 100;
}

ResourceLister::ResourceLister(CloudConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_parsers.setMaxThreadCount(1);
}

ResourceLister::~ResourceLister()
{
    // A parse still running would post its result to this object.
    m_parsers.clear();
    m_parsers.waitForDone();
}

bool ResourceLister::load(const ListingKey &key, Source source)
{
    if (!key.isComplete())
        return false;
    cancel();
    ++m_generation;
    m_key = key;
    m_items.clear();
    m_marker.clear();
    m_offset = 0;
    m_itemCount = 0;
    m_pageCount = 0;
    m_requestCount = 0;
    m_retriesOfPage = 0;
    m_pageLimit = m_pageLimitOverride > 0 ? m_pageLimitOverride : defaultPageLimit(key.kind);
    m_loading = true;
    Q_EMIT started(key);

    if (source == Source::CacheOrCloud && m_cache) {
        if (std::optional<ResourceItems> cached = m_cache->find(key)) {
            // Same order of signals as a listing, and never from inside load().
            const quint64 generation = m_generation;
            QTimer::singleShot(0, this, [this, generation, items = std::move(*cached)] {
                if (generation != m_generation || !m_loading)
                    return;
                m_items = items;
                m_itemCount = static_cast<int>(items.size());
                Q_EMIT itemsReady(items);
                if (generation != m_generation)
                    return;
                Q_EMIT progress(m_itemCount, m_pageCount);
                if (generation != m_generation)
                    return;
                finish(true);
            });
            return true;
        }
    }
    if (source == Source::Cloud && m_cache)
        m_cache->remove(key);
    requestPage();
    return true;
}

void ResourceLister::cancel()
{
    if (!m_loading)
        return;
    m_loading = false;
    ++m_generation;
    if (m_reply)
        m_reply->cancel();
    m_reply.clear();
    m_items.clear();
    Q_EMIT cancelled();
}

void ResourceLister::requestPage()
{
    const RequestBuilder builder = m_connection->builder();
    ApiRequest request;
    switch (m_key.kind) {
    case ResourceKind::Project:
        request = builder.listProjects();
        break;
    case ResourceKind::Vpc:
        request = builder.listVpcs(m_key.projectId, m_pageLimit, m_marker);
        break;
    case ResourceKind::Subnet:
        request = builder.listSubnets(m_key.projectId, m_key.vpcId, m_pageLimit, m_marker);
        break;
    case ResourceKind::Agency:
        request = builder.listAgencies(m_key.projectId, m_offset, m_pageLimit);
        break;
    }
    ++m_requestCount;
    qCDebug(lcNet) << "listing page" << request.method << request.url.path();
    PendingReply *reply = m_connection->send(request);
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &PendingReply::finished, this, [this, generation](const ApiResponse &response) {
        if (generation == m_generation)
            onReply(response);
    });
}

void ResourceLister::onReply(const ApiResponse &response)
{
    m_reply.clear();
    if (response.outcome == ApiResponse::Outcome::TooLarge && hasPaging() && m_pageLimit > minimumPageLimit) {
        // Listing is read-only, so asking again for a smaller page is safe.
        m_pageLimit = qMax(minimumPageLimit, m_pageLimit / 2);
        qCInfo(lcNet) << "listing page too large; retrying with limit" << m_pageLimit;
        requestPage();
        return;
    }
    if (response.callOutcome() != Outcome::Succeeded) {
        if (retryLater(response))
            return;
        ApiError error = ErrorParser::parse(response);
        if (m_retriesOfPage > 0) {
            const QString tried = QCoreApplication::translate("EndpointDesk",
                                                              "The page was asked for %n more time(s) "
                                                              "before giving up.",
                                                              nullptr, m_retriesOfPage);
            error.hint = error.hint.isEmpty() ? tried : error.hint + u' ' + tried;
        }
        fail(error);
        return;
    }

    // Parsing thousands of objects takes milliseconds the UI thread should not spend.
    const quint64 generation = m_generation;
    const ResourceKind kind = m_key.kind;
    m_parsers.start([this, generation, kind, response] {
        const ListingPage page = ListingParser::parse(kind, response.body);
        QMetaObject::invokeMethod(
            this, [this, generation, page, response] { onParsed(generation, page, response); }, Qt::QueuedConnection);
    });
}

bool ResourceLister::retryLater(const ApiResponse &response)
{
    if (!ListingRetry::isTransient(response) || m_retriesOfPage >= m_retry.maxRetries)
        return false;
    ++m_retriesOfPage;
    const std::chrono::milliseconds delay = m_retry.delayBefore(m_retriesOfPage, response);
    qCInfo(lcNet) << "listing page failed for now:" << response.httpStatus << response.detail << "- retry"
                  << m_retriesOfPage << "in" << delay.count() << "ms";
    const quint64 generation = m_generation;
    // Waiting never blocks: a timer asks again, unless the listing was cancelled or restarted meanwhile.
    QTimer::singleShot(delay, this, [this, generation] {
        if (generation == m_generation && m_loading)
            requestPage();
    });
    Q_EMIT retrying(m_retriesOfPage, static_cast<int>(delay.count()));
    return true;
}

void ResourceLister::onParsed(quint64 generation, const ListingPage &page, const ApiResponse &response)
{
    if (generation != m_generation || !m_loading)
        return;
    if (!page.ok()) {
        ApiError error;
        error.outcome = Outcome::UnreadableSuccess;
        error.code = ErrorCodes::BadResponse;
        error.message = translated(QT_TRANSLATE_NOOP("EndpointDesk", "The list of %1 could not be read: %2"))
                            .arg(ResourceKinds::pluralName(m_key.kind), page.problem);
        error.hint = translated(QT_TRANSLATE_NOOP(
            "EndpointDesk", "The answer did not look like the cloud's. Check the endpoint address; the raw answer "
                            "is kept below. You can still type the ID."));
        error.httpStatus = response.httpStatus;
        error.requestId = response.requestId();
        error.rawBody = response.body;
        fail(error);
        return;
    }

    const int received = static_cast<int>(page.items.size());
    m_retriesOfPage = 0;
    ++m_pageCount;
    m_itemCount += received;
    m_items.append(page.items);
    if (received > 0)
        Q_EMIT itemsReady(page.items);
    if (generation != m_generation)
        return; // cancelled or restarted from a slot
    Q_EMIT progress(m_itemCount, m_pageCount);
    if (generation != m_generation)
        return;

    // A page shorter than the limit is the last; a full last page is followed by one empty page.
    if (!hasPaging() || received < m_pageLimit) {
        finish(false);
        return;
    }
    if (m_key.kind == ResourceKind::Agency) {
        m_offset += received;
    } else {
        const QString next = page.items.constLast().id;
        if (next == m_marker) {
            // A server that ignores the marker would make this loop forever.
            ApiError error;
            error.outcome = Outcome::UnreadableSuccess;
            error.code = ErrorCodes::BadResponse;
            error.message = translated(
                QT_TRANSLATE_NOOP("EndpointDesk", "The cloud returned the same page twice; listing stopped."));
            error.httpStatus = response.httpStatus;
            error.requestId = response.requestId();
            fail(error);
            return;
        }
        m_marker = next;
    }
    requestPage();
}

void ResourceLister::fail(ApiError error)
{
    if (isNotPermitted(error)) {
        error.hint =
            translated(QT_TRANSLATE_NOOP("EndpointDesk",
                                         "These credentials may not list %1. You can still type the ID by hand."))
                .arg(ResourceKinds::pluralName(m_key.kind));
    }
    qCInfo(lcNet) << "listing failed:" << Outcomes::name(error.outcome) << error.code << error.httpStatus;
    m_loading = false;
    ++m_generation;
    m_items.clear();
    Q_EMIT failed(error);
}

void ResourceLister::finish(bool fromCache)
{
    m_loading = false;
    if (m_cache && !fromCache)
        m_cache->insert(m_key, m_items);
    m_items.clear();
    Q_EMIT finished(m_itemCount, fromCache);
}

QString ResourceLister::failureText(ResourceKind kind, const ApiError &error)
{
    QStringList parts;
    QString reason = error.message.trimmed();
    if (!error.code.isEmpty() && error.code != QString::number(error.httpStatus) && !reason.contains(error.code))
        reason = error.code + QLatin1String(": ") + reason;
    if (error.httpStatus > 0)
        reason += QLatin1Char(' ') + QCoreApplication::translate("EndpointDesk", "(HTTP %1)").arg(error.httpStatus);
    reason = reason.trimmed();
    // The reason is a sentence of its own before the advice.
    if (!reason.isEmpty() && !reason.endsWith(QLatin1Char('.')) && !reason.endsWith(QChar(0x3002)))
        reason += QLatin1Char('.');
    parts.append(QCoreApplication::translate("EndpointDesk", "Could not list %1: %2")
                     .arg(ResourceKinds::pluralName(kind), reason));
    if (!error.hint.isEmpty())
        parts.append(error.hint);
    if (!error.requestId.isEmpty())
        parts.append(QCoreApplication::translate("EndpointDesk", "Request ID: %1").arg(error.requestId));
    return parts.join(QLatin1Char(' '));
}

} // namespace EndpointDesk
