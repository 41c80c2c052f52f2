#pragma once

#include "ApiError.h"
#include "ApiResponse.h"
#include "ListingKey.h"
#include "ListingPage.h"
#include "ListingRetry.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace EndpointDesk {

class CloudConnection;
class ListingCache;
class PendingReply;

// Lists projects, VPCs, subnets or agencies to the last page, one page at a time, in the background:
// requests are asynchronous and pages are parsed on a worker thread, so the UI never waits.
// Complete listings go into the cache (when one is set) and are served from it until refreshed.
// A page that meets a transient failure (ListingRetry) is asked for again after a pause, a few times,
// before the listing fails with the last answer's reason.
class ResourceLister : public QObject
{
    Q_OBJECT

public:
    enum class Source { CacheOrCloud, Cloud };

    // Page sizes: the VPC service's default and largest is 2000; subnets are bigger objects, so
    // fewer per page keep a page well under the transport's body cap.
    static int defaultPageLimit(ResourceKind kind);
    static constexpr int minimumPageLimit = 25;

    explicit ResourceLister(CloudConnection *connection, QObject *parent = nullptr);
    ~ResourceLister() override;

    void setCache(ListingCache *cache) { m_cache = cache; }
    ListingCache *cache() const { return m_cache; }
    // 0 restores the default for the kind.
    void setPageLimit(int limit) { m_pageLimitOverride = limit; }
    void setRetry(const ListingRetry &retry) { m_retry = retry; }
    const ListingRetry &retry() const { return m_retry; }

    // Starts listing key, cancelling a listing in progress. A cache hit is delivered asynchronously too,
    // with the same signals. Returns false (doing nothing) when the key lacks its project.
    bool load(const ListingKey &key, Source source = Source::CacheOrCloud);
    // Stops at once; emits cancelled() when a listing was running.
    void cancel();

    bool isLoading() const { return m_loading; }
    ListingKey key() const { return m_key; }
    int itemCount() const { return m_itemCount; }
    int pageCount() const { return m_pageCount; }
    // Requests sent for the current listing (a page retried smaller counts again).
    int requestCount() const { return m_requestCount; }

    // A 403 on a listing means only that listing is not allowed; the id can still be typed.
    static bool isNotPermitted(const ApiError &error) { return error.httpStatus == 403; }
    // Why a listing failed, in words to show beside its picker: the reason, what to do, and the
    // request ID support asks for.
    static QString failureText(ResourceKind kind, const ApiError &error);

Q_SIGNALS:
    void started(const EndpointDesk::ListingKey &key);
    // Each page's items in order; a cache hit arrives as one batch.
    void itemsReady(const EndpointDesk::ResourceItems &items);
    void progress(int items, int pages);
    // A page met a transient failure and is asked for again after delayMs; retry counts from 1.
    void retrying(int retry, int delayMs);
    void finished(int items, bool fromCache);
    void failed(const EndpointDesk::ApiError &error);
    void cancelled();

private:
    void requestPage();
    void onReply(const ApiResponse &response);
    bool retryLater(const ApiResponse &response);
    void onParsed(quint64 generation, const ListingPage &page, const ApiResponse &response);
    void fail(ApiError error);
    void finish(bool fromCache);
    bool hasPaging() const { return m_key.kind != ResourceKind::Project; }

    CloudConnection *m_connection;
    ListingCache *m_cache = nullptr;
    QThreadPool m_parsers;
    QPointer<PendingReply> m_reply;
    ListingKey m_key;
    ResourceItems m_items;
    QString m_marker;
    int m_offset = 0; // agencies page by offset
    int m_pageLimit = 0;
    int m_pageLimitOverride = 0;
    int m_itemCount = 0;
    int m_pageCount = 0;
    int m_requestCount = 0;
    ListingRetry m_retry;
    int m_retriesOfPage = 0;
    quint64 m_generation = 0; // stale replies and parses of a cancelled listing are ignored
    bool m_loading = false;
};

} // namespace EndpointDesk
