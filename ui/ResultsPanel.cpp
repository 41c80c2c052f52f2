#include "ResultsPanel.h"

#include "ResultWords.h"
#include "Theme.h"
#include "ui_ResultsPanel.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

namespace EndpointDesk {

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultsPanel>())
{
    m_ui->setupUi(this);
    m_ui->successBox->hide();
    m_ui->errorBox->hide();
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->rawView->setFont(mono);
    m_ui->ipList->setFont(mono);

    auto *copyAction = new QAction(tr("&Copy"), m_ui->ipList);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->ipList->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &ResultsPanel::copyIps);
    connect(m_ui->copyIpsButton, &QPushButton::clicked, this, &ResultsPanel::copyIps);
    connect(m_ui->copyDomainButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->domainEdit->text()); });
    connect(m_ui->rawToggle, &QToolButton::toggled, m_ui->rawView, &QWidget::setVisible);
}

ResultsPanel::~ResultsPanel() = default;

void ResultsPanel::setHeadline(const QString &text, const QColor &colour)
{
    m_ui->headline->setText(text);
    m_ui->headline->setStyleSheet(colour.isValid() ? QStringLiteral("font-weight: bold; color: %1;").arg(colour.name())
                                                   : QStringLiteral("font-weight: bold;"));
}

void ResultsPanel::showWorking(const QString &what)
{
    setHeadline(what);
    m_ui->successBox->hide();
    m_ui->errorBox->hide();
    m_ui->ipList->clear();
    m_ui->domainEdit->clear();
    m_ui->errorView->clear();
    m_ui->requestIdEdit->clear();
    m_ui->rawView->clear();
    m_ui->rawToggle->hide();
    m_ui->rawView->hide();
}

void ResultsPanel::showMessage(const QString &message)
{
    showWorking(message);
}

void ResultsPanel::setRaw(const EndpointResult &result)
{
    // Nothing left this computer: there is no answer to show, not even an empty one.
    const bool sent = ResultWords::wasSent(result.outcome);
    m_ui->rawToggle->setVisible(sent);
    m_ui->rawView->setVisible(sent && m_ui->rawToggle->isChecked());
    if (!sent) {
        m_ui->rawView->clear();
        return;
    }
    QString raw;
    if (result.httpStatus > 0)
        raw = QStringLiteral("HTTP %1\n").arg(result.httpStatus);
    raw += result.rawBody.isEmpty() ? tr("(no body)") : QString::fromUtf8(result.rawBody);
    m_ui->rawView->setPlainText(raw);
}

void ResultsPanel::showCreated(const EndpointResult &result)
{
    setHeadline(ResultWords::createHeadline(result), Theme::successColor(palette()));
    m_ui->ipList->clear();
    m_ui->ipList->addItems(result.endpointIps);
    if (result.endpointIps.isEmpty())
        m_ui->ipList->addItem(tr("(the cloud listed no IPs)"));
    m_ui->domainEdit->setText(result.address);
    m_ui->domainEdit->setCursorPosition(0); // read from its start, where the endpoint's name is
    m_ui->successBox->show();
    m_ui->errorBox->hide();
    m_ui->requestIdEdit->setText(result.requestId);
    setRaw(result);
}

void ResultsPanel::showFailure(const EndpointResult &result)
{
    const ApiError &error = result.error;
    m_ui->successBox->hide();
    if (result.wasCancelled()) {
        // Cancelling is the user's choice, not an error.
        showWorking(ResultWords::createHeadline(result) + QLatin1String(". ") + error.hint);
        setRaw(result);
        return;
    }
    setHeadline(ResultWords::createHeadline(result), Theme::errorColor(palette()));
    QString text = error.code;
    if (error.httpStatus > 0 && error.code != QString::number(error.httpStatus))
        text += tr(" (HTTP %1)").arg(error.httpStatus);
    if (!error.message.isEmpty())
        text += QLatin1String(": ") + error.message;
    if (!error.hint.isEmpty())
        text += QLatin1String("\n\n") + error.hint;
    if (result.alreadyExists)
        text += QLatin1Char(' ') + tr("It is now listed on the Endpoints tab, where it can be deleted.");
    m_ui->errorView->setText(text);
    m_ui->requestIdEdit->setText(result.requestId.isEmpty() ? error.requestId : result.requestId);
    m_ui->errorBox->show();
    setRaw(result);
}

void ResultsPanel::copyIps() const
{
    QStringList ips;
    const auto selected = m_ui->ipList->selectedItems();
    for (const QListWidgetItem *item : selected)
        ips.append(item->text());
    if (ips.isEmpty())
        ips = endpointIps();
    QGuiApplication::clipboard()->setText(ips.join(QLatin1Char('\n')));
}

QStringList ResultsPanel::endpointIps() const
{
    QStringList ips;
    if (!m_ui->successBox->isVisibleTo(this))
        return ips;
    for (int row = 0; row < m_ui->ipList->count(); ++row)
        ips.append(m_ui->ipList->item(row)->text());
    return ips;
}

QString ResultsPanel::domainName() const
{
    return m_ui->domainEdit->text();
}

} // namespace EndpointDesk
