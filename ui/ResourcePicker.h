#pragma once

#include "ApiError.h"
#include "ListingKey.h"

#include <QComboBox>
#include <QPointer>

class QKeyEvent;
class QLabel;
class QToolButton;

namespace EndpointDesk {

class ResourceCompleter;
class ResourceFilterModel;
class ResourceListModel;
class ResourceLister;

// An editable combo box filled from the cloud that still takes a typed id. Typing filters the list
// (name, id or CIDR) in a popup: arrow down, Enter picks, Esc closes. The accessible name, tooltip and
// other properties the window (or its .ui form, by promotion) sets on it are left alone.
//
// F5 in the field lists again from the cloud, as the refresh button does; the button itself is not a
// Tab stop, so Tab goes from field to field.
//
// The status line, refresh and cancel buttons (and, for agencies, the permissions an agency needs)
// are in statusWidget(), for the window to place next to the field.
class ResourcePicker : public QComboBox
{
    Q_OBJECT

public:
    // For .ui promotion; call setKind() afterwards.
    explicit ResourcePicker(QWidget *parent = nullptr);
    explicit ResourcePicker(ResourceKind kind, QWidget *parent = nullptr);
    ~ResourcePicker() override;

    void setKind(ResourceKind kind);
    ResourceKind kind() const { return m_kind; }

    // Where listings come from: a lister of this picker's kind, which must outlive the picker and
    // serves no other picker.
    void setLister(ResourceLister *lister);

    // What to list: profile, region, project (and VPC for subnets); the kind is the picker's. Lists at
    // once (from the cache when it has the list) when the scope is complete and differs from the last.
    void setScope(const ListingKey &scope);
    ListingKey scope() const { return m_scope; }

    // Lists again from the cloud, replacing the cached list.
    void refresh();
    void cancelLoading();
    bool isLoading() const;

    // The id of the picked item, or the typed text trimmed when nothing was picked.
    QString currentId() const;
    // Picks the item with this id when it is listed; otherwise shows the id as typed text (and picks
    // the item if a later listing has it).
    void setCurrentId(const QString &id);
    // Empties the field (for example the subnet when another VPC is chosen).
    void clearChoice();

    QString statusText() const { return m_statusText; }
    // Subnets: what became of a pasted IPv4 subnet ID or a typed name (SubnetRecognition); empty otherwise.
    QString noteText() const;
    // Why the last listing failed (reason, hint and request ID); empty when it did not.
    QString problemText() const;
    QWidget *statusWidget() const { return m_statusWidget; }
    // The agency picker's "Permissions the agency needs" disclosure; null for the other kinds.
    QToolButton *permissionsToggle() const;

    ResourceListModel *listModel() const { return m_model; }
    ResourceFilterModel *filterModel() const { return m_filter; }
    ResourceCompleter *filterCompleter() const { return m_completer; }
    ResourceLister *lister() const { return m_lister; }

Q_SIGNALS:
    // Whenever currentId() changes: picked, typed or cleared.
    void currentIdChanged(const QString &id);
    // An item was picked from the list (mouse or keyboard): reload dependent pickers now.
    void idPicked(const QString &id);
    void statusChanged(const QString &text);
    void loadFailed(const EndpointDesk::ApiError &error);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildStatusWidget();
    void applyKind();
    bool canList() const;
    void load(bool fromCloud);
    void setStatus(const QString &text, const QString &toolTip = {});
    void setProblem(const QString &text);
    void updateButtons();
    void showPrompt();
    void rememberText();
    void restoreText();
    void adoptTypedId();
    void updateCurrentId();
    // Subnets: replaces a listed subnet's IPv4 subnet ID (and, with names, its name) by its id.
    void recogniseSubnet(bool names);
    void setNote(const QString &text);

    ResourceKind m_kind = ResourceKind::Vpc;
    ResourceListModel *m_model;
    ResourceFilterModel *m_filter;
    ResourceCompleter *m_completer;
    ResourceLister *m_lister = nullptr;
    ListingKey m_scope;

    QPointer<QWidget> m_statusWidget; // owned here until the window puts it in a layout
    QLabel *m_statusLabel = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_permissionsLabel = nullptr;
    QToolButton *m_permissionsToggle = nullptr; // folds the permission list, folded at first
    QString m_statusText;

    QString m_chosenId; // the picked item's id, while the field still shows its text
    QString m_chosenText;
    QString m_savedText; // the field's text across a model reset
    QString m_lastId;
    bool m_restoring = false;
};

} // namespace EndpointDesk
