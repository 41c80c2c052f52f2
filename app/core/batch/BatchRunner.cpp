#include "BatchRunner.h"

#include "BatchModel.h"
#include "EndpointClient.h"
#include "ResultWords.h"

#include <QCoreApplication>

namespace EndpointDesk {

BatchRunner::BatchRunner(BatchModel *model, EndpointClient *client, Starter start, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_client(client)
    , m_start(std::move(start))
{
    connect(client, &EndpointClient::createFinished, this, &BatchRunner::onCreateFinished);
}

bool BatchRunner::start()
{
    if (m_running)
        return false;
    m_queue.clear();
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->row(i).state == BatchRow::State::Ready)
            m_queue.append(i);
    if (m_queue.isEmpty())
        return false;
    m_running = true;
    m_cancelled = false;
    ++m_run;
    m_done = 0;
    m_total = int(m_queue.size());
    Q_EMIT progress(m_done, m_total);
    next();
    return true;
}

void BatchRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Rows not yet sent stay unsent, and say so; they can be created later.
    for (int index : std::as_const(m_queue)) {
        BatchRow row = m_model->row(index);
        row.state = BatchRow::State::Ready;
        row.message = QCoreApplication::translate("EndpointDesk", "Not sent: cancelled");
        m_model->updateRow(index, row);
    }
    m_total -= int(m_queue.size());
    m_queue.clear();
    Q_EMIT progress(m_done, m_total);
    if (m_current < 0)
        next();
}

void BatchRunner::next()
{
    if (!m_running)
        return;
    while (!m_queue.isEmpty() && !m_cancelled) {
        const int index = m_queue.takeFirst();
        BatchRow row = m_model->row(index);
        if (row.state != BatchRow::State::Ready)
            continue; // never twice
        row.state = BatchRow::State::Sending;
        row.message.clear();
        m_model->updateRow(index, row);
        m_current = index;
        const QString refusal = m_start(row.spec);
        if (refusal.isEmpty())
            return; // onCreateFinished() carries on
        m_current = -1;
        row.state = BatchRow::State::NotSent;
        row.message = refusal;
        m_model->updateRow(index, row);
        finishRow(index);
    }
    if (m_current >= 0)
        return;
    m_running = false;
    Q_EMIT finished(m_cancelled);
}

void BatchRunner::onCreateFinished(const EndpointSpec &, const EndpointResult &result)
{
    if (m_current < 0)
        return; // a create of the form, not of this run
    const int index = m_current;
    m_current = -1;
    BatchRow row = m_model->row(index);
    row.result = result;
    row.message = ResultWords::rowOutcome(result);
    if (result.succeeded())
        row.state = BatchRow::State::Created;
    else if (result.alreadyExists)
        row.state = BatchRow::State::Exists;
    else
        row.state = BatchRow::State::Failed;
    m_model->updateRow(index, row);
    finishRow(index);
    // Once the client's other listeners (the recorder) have seen this answer; not in a later run.
    QMetaObject::invokeMethod(
        this,
        [this, run = m_run] {
            if (run == m_run)
                next();
        },
        Qt::QueuedConnection);
}

void BatchRunner::finishRow(int)
{
    ++m_done;
    Q_EMIT progress(m_done, m_total);
}

} // namespace EndpointDesk
