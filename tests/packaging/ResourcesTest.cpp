#include "AppIcon.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QTest>

// The icon resources reach a program that links endpointdesk_resources only through a static library,
// with no Q_INIT_RESOURCE call: the way the UI library will carry them into endpoint-desk.
class ResourcesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngIsCompiledIn_data();
    void pngIsCompiledIn();
    void applicationIconHasEverySize();
};

void ResourcesTest::pngIsCompiledIn_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("%dpx", size) << size;
}

void ResourcesTest::pngIsCompiledIn()
{
    QFETCH(int, size);
    const QString path = QStringLiteral(":/icons/app-%1.png").arg(size);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
}

void ResourcesTest::applicationIconHasEverySize()
{
    const QIcon icon = EndpointDesk::applicationIcon();
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.availableSizes().size(), 8);
    QCOMPARE(icon.pixmap(QSize(48, 48)).size(), QSize(48, 48));
}

QTEST_MAIN(ResourcesTest)
#include "ResourcesTest.moc"
