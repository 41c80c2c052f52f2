#include "AboutDialog.h"

#include "ProjectLinks.h"
#include "ui_AboutDialog.h"

#include <QFile>

namespace EndpointDesk {

namespace {

QString link(const QUrl &url)
{
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toString().toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->iconLabel->setPixmap(windowIcon().pixmap(64, 64));
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(ENDPOINTDESK_VERSION)));
    // The Qt it runs on, which a distribution may have updated since the build.
    m_ui->qtLabel->setText(
        tr("Runs on Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_ui->linksLabel->setText(tr("Homepage: %1<br>Report a problem: %2")
                                  .arg(link(ProjectLinks::homepage()), link(ProjectLinks::issueTracker())));
    // The LICENSE file of the source tree, compiled in.
    QFile licence(QStringLiteral(":/about/LICENSE"));
    if (licence.open(QIODevice::ReadOnly | QIODevice::Text))
        m_ui->licenceText->setPlainText(QString::fromUtf8(licence.readAll()));
}

AboutDialog::~AboutDialog() = default;

} // namespace EndpointDesk
