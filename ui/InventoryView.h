#pragma once

#include "EndpointKey.h"
#include "EndpointResult.h"
#include "InventoryEntry.h"

#include <QWidget>

class QTimer;

#include <functional>
#include <memory>
#include <optional>

namespace EndpointDesk {

class HistoryModel;
class HistoryStore;
class InventoryModel;
class Workspace;

namespace Ui {
class InventoryView;
}

// The endpoints this program created and the history of requests, with Delete and Export. A
// delete goes through the workspace once the confirmation agrees.
class InventoryView : public QWidget
{
    Q_OBJECT

public:
    explicit InventoryView(QWidget *parent = nullptr);
    ~InventoryView() override;

    // The workspace must outlive the view. confirm asks the person before a delete is sent.
    void bind(Workspace *workspace, std::function<bool(const InventoryEntry &)> confirm);
    // Where Add existing endpoint starts: the place the form shows.
    void setPlacementSource(std::function<EndpointKey()> placement) { m_placement = std::move(placement); }
    // While a call runs, nothing else may be sent.
    void setBusy(bool busy);
    void showDeleteResult(const EndpointKey &key, const EndpointResult &result);
    void showMessage(const QString &text);

    std::optional<InventoryEntry> selectedEntry() const;
    bool selectEndpoint(const EndpointKey &key);
    // The delete of the selected endpoint as a KooCLI command, on the clipboard; false when none is selected.
    bool copyDeleteCommand();
    QString statusText() const;

Q_SIGNALS:
    void deleteRequested(const EndpointDesk::InventoryEntry &entry);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // The tables re-read the store on each change only while they can be seen.
    void followStore(bool follow);
    void updateButtons();
    // Delete and Copy as KooCLI command, on the endpoint under the pointer.
    void showContextMenu(const QPoint &position);
    void exportAll();
    void adoptEndpoint();
    void importRecord();
    void setStore(HistoryStore *store);
    // Which shared record this is and how fresh its copy; the filter by creator, for a shared one.
    void showRecordStatus();
    // A click on a column header: sorts by it when the model can, else puts the indicator back.
    void sortByHeader(int column, Qt::SortOrder order);
    // Deletes the endpoint when the workspace can and the person agrees; false when nothing was sent.
    bool requestDelete(const InventoryEntry &entry);

    std::unique_ptr<Ui::InventoryView> m_ui;
    Workspace *m_workspace = nullptr;
    std::function<bool(const InventoryEntry &)> m_confirm;
    std::function<EndpointKey()> m_placement;
    HistoryStore *m_store = nullptr;
    InventoryModel *m_inventory = nullptr;
    HistoryModel *m_history = nullptr;
    QTimer *m_filterDelay = nullptr;
    bool m_busy = false;
};

} // namespace EndpointDesk
