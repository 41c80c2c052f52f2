#pragma once

#include "EndpointResult.h"
#include "EndpointSpec.h"

#include <QList>
#include <QObject>

#include <functional>

namespace EndpointDesk {

class BatchModel;
class EndpointClient;

// Creates the ready rows of a BatchModel one after another, each through the same path as the form's
// create (the client, so the recorder writes every row into the history). A row is handed over once
// at most: once sent, its outcome is final, whatever happens next. Cancel stops before the next row; the
// row on its way is left to finish, so its outcome is known.
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    // Starts one create with the client; empty when it started, otherwise why not (nothing was sent).
    using Starter = std::function<QString(const EndpointSpec &spec)>;

    // The model and the client must outlive the runner.
    BatchRunner(BatchModel *model, EndpointClient *client, Starter start, QObject *parent = nullptr);

    // Sends every row that is ready; false when already running or nothing is ready.
    bool start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Rows finished and rows to do in this run.
    int done() const { return m_done; }
    int total() const { return m_total; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void next();
    void onCreateFinished(const EndpointSpec &spec, const EndpointResult &result);
    void finishRow(int index);

    BatchModel *m_model;
    EndpointClient *m_client;
    Starter m_start;
    QList<int> m_queue;
    int m_current = -1; // the row on its way
    int m_done = 0;
    int m_total = 0;
    int m_run = 0; // which start() a queued step belongs to
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace EndpointDesk
