// The floor of the start-up benchmark: a bare Qt Widgets window the size of Endpoint Desk's, holding a
// form with as many fields, a menu bar and two tabs. No settings, no database, no network: what any
// Qt Widgets program pays before its first frame.

#include "FirstFrameProbe.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    EndpointDesk::FirstFrameProbe::installFromEnvironment();

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    for (const char *title : {"&File", "&Request", "&View", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(title))->addAction(QStringLiteral("Item"));
    auto *tabs = new QTabWidget;
    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    const char *fields[] = {"Profile", "Region", "Project", "VPC", "Subnet", "Flavor", "Agency", "Endpoint"};
    for (const char *field : fields) {
        auto *row = new QHBoxLayout;
        auto *combo = new QComboBox;
        combo->setEditable(true);
        row->addWidget(combo, 1);
        row->addWidget(new QPushButton(QStringLiteral("Refresh")));
        form->addRow(QString::fromLatin1(field), row);
    }
    column->addLayout(form);
    column->addWidget(new QPushButton(QStringLiteral("Create endpoint")));
    column->addWidget(new QPlainTextEdit);
    tabs->addTab(page, QStringLiteral("&Create"));
    tabs->addTab(new QTableView, QStringLiteral("&Endpoints"));
    window.setCentralWidget(tabs);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    // As Endpoint Desk does: its form's size, inside the screen.
    window.resize(QSize(1240, 760).boundedTo(window.screen()->availableSize()));
    window.show();
    return QApplication::exec();
}
