#pragma once

#include "EndpointKey.h"
#include "EndpointResult.h"
#include "InventoryEntry.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace EndpointDesk {

class HistoryModel;
class HistoryStore;
class InventoryModel;

namespace Ui {
class InventoryView;
}

// The endpoints this program created and the history of requests, with Delete and Export. It
// only asks for a delete; the window decides and sends it.
class InventoryView : public QWidget
{
    Q_OBJECT

public:
    explicit InventoryView(QWidget *parent = nullptr);
    ~InventoryView() override;

    // The store must outlive the view.
    void setStore(HistoryStore *store);
    // While a call runs, nothing else may be sent.
    void setBusy(bool busy);
    void showDeleteResult(const EndpointKey &key, const EndpointResult &result);
    void showMessage(const QString &text);

    std::optional<InventoryEntry> selectedEntry() const;
    bool selectEndpoint(const EndpointKey &key);
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
    void exportAll();

    std::unique_ptr<Ui::InventoryView> m_ui;
    HistoryStore *m_store = nullptr;
    InventoryModel *m_inventory = nullptr;
    HistoryModel *m_history = nullptr;
    bool m_busy = false;
};

} // namespace EndpointDesk
