#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace EndpointDesk {

class BatchCreate;
class Workspace;

// Create from file…: choose a CSV file (or type its path), see every row checked in a table, create
// them all with a progress bar and Cancel, and export the outcomes. Binds widgets to a BatchCreate.
class CreateFromFileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateFromFileDialog(Workspace *workspace, QWidget *parent = nullptr);

    BatchCreate *batch() const { return m_batch; }
    // Reads the file at this path into the table.
    void loadFile(const QString &path);

    void reject() override;

private:
    void browse();
    void exportResults();
    void fitColumns();
    void onChecked();
    void onProgress(int done, int total);
    void onFinished(bool cancelled);
    void showStatus(const QString &text);
    void updateButtons();

    BatchCreate *m_batch;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_load;
    QLabel *m_status;
    QTableView *m_table;
    QProgressBar *m_progress;
    QPushButton *m_createAll;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace EndpointDesk
