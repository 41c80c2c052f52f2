#pragma once

#include "BatchCsv.h"

#include <QObject>

namespace EndpointDesk {

class BatchModel;
class BatchResolver;
class BatchRunner;
class Workspace;

// Creating many endpoints from a file, with the workspace's profile: read the file (BatchCsv), check
// every row (BatchResolver: names to ids, the form's rules), then create the ready rows one after another
// (BatchRunner, through the workspace, so each is recorded in the history). The rows and their outcomes
// are in model(); a window only binds widgets to this.
class BatchCreate : public QObject
{
    Q_OBJECT

public:
    // The workspace must outlive this.
    explicit BatchCreate(Workspace *workspace, QObject *parent = nullptr);
    ~BatchCreate() override;

    BatchModel *model() const { return m_model; }

    // Reads the file (or the text pasted into one) and starts checking its rows. Empty when the rows are
    // being checked (checked() follows); otherwise why the file cannot be used, and the table is empty.
    QString load(const QString &path);
    QString loadData(const QByteArray &bytes);
    // What the file has that is worth saying but did not stop it (unused columns).
    QStringList notes() const { return m_notes; }
    bool isChecking() const;

    // Creates every ready row; empty when it started, otherwise why not.
    QString createAll();
    void cancel();
    bool isRunning() const;
    BatchRunner *runner() const { return m_runner; }

    // The table with every outcome, as CSV; false with *error when it could not be written.
    bool exportResults(const QString &path, QString *error) const;

    // "12 ready, 3 not valid" and the like, for a status line.
    QString summary() const;

Q_SIGNALS:
    void checked();
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    QString start(const BatchFile &file);

    Workspace *m_workspace;
    BatchModel *m_model;
    BatchResolver *m_resolver;
    BatchRunner *m_runner;
    QStringList m_notes;
};

} // namespace EndpointDesk
