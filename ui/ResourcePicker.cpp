#include "ResourcePicker.h"

#include "AgencyPermissions.h"
#include "CloudConnection.h"
#include "ListingCache.h"
#include "ResourceCompleter.h"
#include "ResourceFilterModel.h"
#include "ResourceListModel.h"
#include "ResourceLister.h"
#include "SubnetRecognition.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace EndpointDesk {

ResourcePicker::ResourcePicker(QWidget *parent)
    : ResourcePicker(ResourceKind::Vpc, parent)
{
}

ResourcePicker::ResourcePicker(ResourceKind kind, QWidget *parent)
    : QComboBox(parent)
    , m_kind(kind)
    , m_model(new ResourceListModel(this))
    , m_filter(new ResourceFilterModel(this))
    , m_completer(nullptr)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // Measuring thousands of items for the size hint would stall the first show.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setMaxVisibleItems(15);
    if (auto *listView = qobject_cast<QListView *>(view()))
        listView->setUniformItemSizes(true);
    setModel(m_model);
    // F5 in the field lists again; an action, so the keyboard shortcuts list (Help) shows it.
    auto *refreshAction = new QAction(tr("Refresh the focused list"), this);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &ResourcePicker::refresh);

    m_filter->setSourceModel(m_model);
    m_completer = new ResourceCompleter(m_filter, this);
    setCompleter(m_completer);

    // Connected after setModel(), so these run after QComboBox's own handling of a reset, which
    // empties the field.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ResourcePicker::rememberText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResourcePicker::restoreText);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        // Before the completer reacts to the same edit, so its popup shows the new matches.
        m_filter->setFilterText(text);
        setNote({});
        recogniseSubnet(false); // a pasted IPv4 subnet ID at once; a name only once typing is over
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] { recogniseSubnet(true); });
    connect(this, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (m_restoring || row < 0)
            return;
        m_chosenId = m_model->item(row).id;
        m_chosenText = itemText(row);
        updateCurrentId();
    });
    connect(this, &QComboBox::activated, this, [this](int row) {
        if (row >= 0)
            Q_EMIT idPicked(m_model->item(row).id);
    });
    connect(this, &QComboBox::editTextChanged, this, [this] {
        if (!m_restoring)
            updateCurrentId();
    });

    buildStatusWidget();
    applyKind();
    showPrompt();
}

ResourcePicker::~ResourcePicker()
{
    if (m_statusWidget && !m_statusWidget->parent())
        delete m_statusWidget;
}

void ResourcePicker::buildStatusWidget()
{
    auto *status = new QWidget;
    auto *column = new QVBoxLayout(status);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_statusLabel = new QLabel(status);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshButton = new QToolButton(status);
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refreshButton->setFocusPolicy(Qt::NoFocus); // F5 in the field does the same
    m_cancelButton = new QToolButton(status);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setVisible(false);
    m_cancelButton->setFocusPolicy(Qt::NoFocus); // Esc in the field does the same
    row->addWidget(m_statusLabel, 1);
    row->addWidget(m_refreshButton);
    row->addWidget(m_cancelButton);
    column->addLayout(row);
    // Why the last listing failed, in words beside the field, not only in a tooltip.
    m_problemLabel = new QLabel(status);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problemLabel->setVisible(false);
    column->addWidget(m_problemLabel);
    // Subnets: says which subnet a pasted IPv4 subnet ID or a typed name was taken for.
    m_noteLabel = new QLabel(status);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_noteLabel->setVisible(false);
    column->addWidget(m_noteLabel);
    m_permissionsLabel = new QLabel(status);
    m_permissionsLabel->setWordWrap(true);
    m_permissionsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_permissionsLabel->setAccessibleName(tr("Agency permissions"));
    m_permissionsLabel->setText(AgencyPermissions::explanation());
    m_permissionsToggle = new QToolButton(status);
    m_permissionsToggle->setText(tr("Permissions the agency needs"));
    m_permissionsToggle->setAccessibleName(tr("Permissions the agency needs"));
    m_permissionsToggle->setCheckable(true);
    m_permissionsToggle->setAutoRaise(true);
    m_permissionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_permissionsToggle->setArrowType(Qt::RightArrow);
    connect(m_permissionsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_permissionsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_permissionsLabel->setVisible(open);
    });
    column->addWidget(m_permissionsToggle, 0, Qt::AlignLeft);
    column->addWidget(m_permissionsLabel);
    m_statusWidget = status;

    connect(m_refreshButton, &QToolButton::clicked, this, &ResourcePicker::refresh);
    connect(m_cancelButton, &QToolButton::clicked, this, &ResourcePicker::cancelLoading);
}

void ResourcePicker::setKind(ResourceKind kind)
{
    if (kind == m_kind)
        return;
    cancelLoading();
    m_kind = kind;
    m_scope = {};
    m_model->clear();
    applyKind();
    showPrompt();
}

void ResourcePicker::applyKind()
{
    const bool agency = m_kind == ResourceKind::Agency;
    QString defaultName;
    QString placeholder;
    switch (m_kind) {
    case ResourceKind::Project:
        defaultName = tr("Project ID");
        placeholder = tr("Type a project ID or pick one");
        break;
    case ResourceKind::Vpc:
        defaultName = tr("VPC ID");
        placeholder = tr("Type a VPC ID, or a name or CIDR to search");
        break;
    case ResourceKind::Subnet:
        defaultName = tr("Subnet ID");
        placeholder = tr("Type a subnet ID, or a name or CIDR to search");
        break;
    case ResourceKind::Agency:
        defaultName = tr("Agency");
        placeholder = tr("Type an agency name or pick one");
        break;
    }
    // The window's name wins; a picker made in code without one still gets the design's name.
    if (accessibleName().isEmpty())
        setAccessibleName(defaultName);
    setPlaceholderText(placeholder); // also stops QComboBox from picking the first row by itself
    lineEdit()->setPlaceholderText(placeholder);
    const QString plural = ResourceKinds::pluralName(m_kind);
    m_statusLabel->setAccessibleName(tr("%1 list status").arg(defaultName));
    m_problemLabel->setAccessibleName(tr("%1 list problem").arg(defaultName));
    m_noteLabel->setAccessibleName(tr("%1 note").arg(defaultName));
    m_refreshButton->setAccessibleName(tr("Refresh the list of %1").arg(plural));
    m_refreshButton->setToolTip(tr("List the %1 again from the cloud").arg(plural));
    m_cancelButton->setAccessibleName(tr("Stop listing %1").arg(plural));
    m_permissionsToggle->setVisible(agency);
    m_permissionsLabel->setVisible(agency && m_permissionsToggle->isChecked());
}

QToolButton *ResourcePicker::permissionsToggle() const
{
    return m_kind == ResourceKind::Agency ? m_permissionsToggle : nullptr;
}

void ResourcePicker::setLister(ResourceLister *lister)
{
    if (m_lister)
        disconnect(m_lister, nullptr, this, nullptr);
    m_lister = lister;
    if (m_lister) {
        connect(m_lister, &ResourceLister::started, this, [this] {
            m_model->clear();
            setStatus(tr("Loading\u2026"));
            updateButtons();
        });
        connect(m_lister, &ResourceLister::itemsReady, m_model, &ResourceListModel::appendItems);
        connect(m_lister, &ResourceLister::progress, this, [this](int items) {
            setStatus(tr("Loading\u2026 %1 %2").arg(QLocale().toString(items), ResourceKinds::pluralName(m_kind)));
        });
        connect(m_lister, &ResourceLister::finished, this, [this](int items) {
            setStatus(tr("%1 %2").arg(QLocale().toString(items), ResourceKinds::pluralName(m_kind)));
            updateButtons();
            adoptTypedId();
        });
        connect(m_lister, &ResourceLister::cancelled, this, [this] {
            setStatus(tr("Listing stopped: type the ID, or refresh"));
            updateButtons();
        });
        connect(m_lister, &ResourceLister::failed, this, [this](const ApiError &error) {
            QString details = error.hint;
            if (!error.code.isEmpty() || !error.message.isEmpty())
                details += QLatin1Char('\n') + error.code + QLatin1Char(' ') + error.message;
            if (!error.requestId.isEmpty())
                details += QLatin1Char('\n') + tr("Request ID: %1").arg(error.requestId);
            if (ResourceLister::isNotPermitted(error))
                setStatus(tr("Listing not permitted: type the ID"), details.trimmed());
            else
                setStatus(tr("Could not list %1: type the ID, or refresh").arg(ResourceKinds::pluralName(m_kind)),
                          details.trimmed());
            setProblem(ResourceLister::failureText(m_kind, error));
            updateButtons();
            Q_EMIT loadFailed(error);
        });
    }
    m_scope = {};
    updateButtons();
}

void ResourcePicker::setScope(const ListingKey &untypedScope)
{
    ListingKey scope = untypedScope;
    scope.kind = m_kind;
    if (m_kind != ResourceKind::Subnet)
        scope.vpcId.clear();
    if (m_kind == ResourceKind::Project)
        scope.projectId.clear();
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (!canList()) {
        if (m_lister)
            m_lister->cancel();
        m_model->clear();
        showPrompt();
        updateButtons();
        return;
    }
    load(false);
}

bool ResourcePicker::canList() const
{
    // The subnet picker lists one VPC's subnets, never the whole project's.
    return m_lister && m_scope.isComplete() && (m_kind != ResourceKind::Subnet || !m_scope.vpcId.trimmed().isEmpty());
}

void ResourcePicker::keyPressEvent(QKeyEvent *event)
{
    // F5 sent straight to the field, past the shortcut (no active window): the same as the action.
    if (event->key() == Qt::Key_F5 && event->modifiers() == Qt::NoModifier) {
        refresh();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && isLoading()) {
        cancelLoading();
        event->accept();
        return;
    }
    QComboBox::keyPressEvent(event);
}

void ResourcePicker::refresh()
{
    load(true);
}

void ResourcePicker::load(bool fromCloud)
{
    if (!canList())
        return;
    m_lister->load(m_scope, fromCloud ? ResourceLister::Source::Cloud : ResourceLister::Source::CacheOrCloud);
}

void ResourcePicker::cancelLoading()
{
    if (m_lister)
        m_lister->cancel();
}

bool ResourcePicker::isLoading() const
{
    return m_lister && m_lister->isLoading();
}

void ResourcePicker::showPrompt()
{
    if (!m_lister) {
        setStatus({});
        return;
    }
    if (m_kind == ResourceKind::Subnet && m_scope.vpcId.trimmed().isEmpty())
        setStatus(tr("Choose a VPC to list its subnets, or type a subnet ID"));
    else if (ResourceKinds::isProjectScoped(m_kind) && m_scope.projectId.trimmed().isEmpty())
        setStatus(tr("Choose a project to list %1").arg(ResourceKinds::pluralName(m_kind)));
    else
        setStatus({});
}

QString ResourcePicker::problemText() const
{
    return m_problemLabel->text();
}

void ResourcePicker::setProblem(const QString &text)
{
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}

void ResourcePicker::setStatus(const QString &text, const QString &toolTip)
{
    setProblem({}); // a new status replaces the last failure
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(toolTip);
    if (text == m_statusText)
        return;
    m_statusText = text;
    Q_EMIT statusChanged(text);
}

void ResourcePicker::updateButtons()
{
    const bool loading = isLoading();
    m_cancelButton->setVisible(loading);
    m_refreshButton->setVisible(!loading);
    m_refreshButton->setEnabled(canList());
}

QString ResourcePicker::currentId() const
{
    const QString text = currentText();
    if (!m_chosenId.isEmpty() && text == m_chosenText)
        return m_chosenId;
    // QComboBox changes the current row, then the text, and only then says the row changed: the
    // text of the current row already stands for its id.
    if (const int row = currentIndex(); row >= 0 && !m_restoring && text == itemText(row))
        return m_model->item(row).id;
    return text.trimmed();
}

void ResourcePicker::setCurrentId(const QString &id)
{
    const int row = m_model->rowOfId(id.trimmed());
    if (row >= 0) {
        setCurrentIndex(row);
        return;
    }
    setCurrentIndex(-1);
    setEditText(id);
}

void ResourcePicker::clearChoice()
{
    m_chosenId.clear();
    m_chosenText.clear();
    setCurrentIndex(-1);
    clearEditText();
    m_filter->setFilterText({});
    setNote({});
}

void ResourcePicker::rememberText()
{
    m_savedText = currentText();
    m_restoring = true;
}

void ResourcePicker::restoreText()
{
    setCurrentIndex(-1);
    setEditText(m_savedText);
    m_restoring = false;
    updateCurrentId();
}

void ResourcePicker::adoptTypedId()
{
    // An id typed (or set from the profile) before the list arrived becomes the listed item.
    const QString text = currentText().trimmed();
    if (text.isEmpty() || text == m_chosenText)
        return;
    const int row = m_model->rowOfId(text);
    if (row >= 0)
        setCurrentIndex(row);
    else
        recogniseSubnet(true);
}

void ResourcePicker::recogniseSubnet(bool names)
{
    if (m_kind != ResourceKind::Subnet || m_restoring)
        return;
    const SubnetRecognition::Result found = SubnetRecognition::recognise(currentText(), m_model->items());
    if (found.match == SubnetRecognition::Match::None || (!names && found.match != SubnetRecognition::Match::NeutronId))
        return;
    if (!found.subnetId.isEmpty())
        setCurrentId(found.subnetId);
    setNote(found.note);
}

QString ResourcePicker::noteText() const
{
    return m_noteLabel->text();
}

void ResourcePicker::setNote(const QString &text)
{
    m_noteLabel->setText(text);
    m_noteLabel->setVisible(!text.isEmpty());
}

void ResourcePicker::updateCurrentId()
{
    const QString id = currentId();
    if (id == m_lastId)
        return;
    m_lastId = id;
    Q_EMIT currentIdChanged(id);
}

} // namespace EndpointDesk
