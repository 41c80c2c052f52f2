#include "ResourceFilterModel.h"
#include "ResourceListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>

using namespace EndpointDesk;

namespace {

ResourceItem vpc(const QString &id, const QString &name, const QString &cidr)
{
    return ResourceItem::from(VpcInfo{id, name, cidr, QStringLiteral("OK")});
}

ResourceItems sample()
{
    return {vpc(QStringLiteral("0a1b-vpc-one"), QStringLiteral("Web-Prod"), QStringLiteral("10.0.0.0/16")),
            vpc(QStringLiteral("77ff-vpc-two"), QStringLiteral("db-prod"), QStringLiteral("10.1.0.0/16")),
            vpc(QStringLiteral("c3c3-vpc-three"), QStringLiteral("staging"), QStringLiteral("192.168.0.0/20")),
            vpc(QStringLiteral("dd00-vpc-four"), QString(), QStringLiteral("172.16.0.0/12"))};
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(ResourceListModel::IdRole).toString());
    return result;
}

} // namespace

class TestResourceFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters_data();
    void filters();
    void typingNarrowsAndWidens();
    void appendedPagesAreFiltered();
    void sourceResetRefilters();
    void mapsBothWays();
    void listModelRoles();
    void passesModelTester();
};

void TestResourceFilterModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString one = QStringLiteral("0a1b-vpc-one");
    const QString two = QStringLiteral("77ff-vpc-two");
    const QString three = QStringLiteral("c3c3-vpc-three");
    const QString four = QStringLiteral("dd00-vpc-four");
    QTest::newRow("empty shows all") << QString() << QStringList{one, two, three, four};
    QTest::newRow("blank shows all") << QStringLiteral("   ") << QStringList{one, two, three, four};
    QTest::newRow("name, case-insensitive") << QStringLiteral("PROD") << QStringList{one, two};
    QTest::newRow("name mixed case") << QStringLiteral("wEb") << QStringList{one};
    QTest::newRow("id fragment") << QStringLiteral("77FF") << QStringList{two};
    QTest::newRow("id substring shared") << QStringLiteral("vpc-t") << QStringList{two, three};
    QTest::newRow("cidr") << QStringLiteral("10.1.") << QStringList{two};
    QTest::newRow("cidr prefix length") << QStringLiteral("/20") << QStringList{three};
    QTest::newRow("unnamed by id") << QStringLiteral("dd00") << QStringList{four};
    QTest::newRow("surrounding spaces trimmed") << QStringLiteral("  staging ") << QStringList{three};
    QTest::newRow("no match") << QStringLiteral("nothing-like-this") << QStringList{};
    QTest::newRow("status is not searched") << QStringLiteral("OK") << QStringList{};
    QTest::newRow("does not span fields") << QStringLiteral("prod 0a1b") << QStringList{};
}

void TestResourceFilterModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    ResourceListModel list;
    list.setItems(sample());
    ResourceFilterModel filter;
    filter.setSourceModel(&list);
    filter.setFilterText(text);
    QCOMPARE(ids(filter), expected);
}

void TestResourceFilterModel::typingNarrowsAndWidens()
{
    ResourceListModel list;
    list.setItems(sample());
    ResourceFilterModel filter;
    filter.setSourceModel(&list);
    QSignalSpy resets(&filter, &QAbstractItemModel::modelReset);

    const QList<QPair<QString, int>> steps{{QStringLiteral("p"), 4},    {QStringLiteral("pr"), 2},
                                           {QStringLiteral("pro"), 2},  {QStringLiteral("prod"), 2},
                                           {QStringLiteral("prox"), 0}, {QStringLiteral("pro"), 2},
                                           {QStringLiteral("d"), 3},    {QString(), 4}};
    for (const auto &[text, count] : steps) {
        filter.setFilterText(text);
        QCOMPARE(filter.rowCount(), count);
    }
    QCOMPARE(resets.size(), steps.size());
    // The same text again changes nothing and announces nothing.
    filter.setFilterText(QString());
    QCOMPARE(resets.size(), steps.size());
}

void TestResourceFilterModel::appendedPagesAreFiltered()
{
    ResourceListModel list;
    ResourceFilterModel filter;
    filter.setSourceModel(&list);
    filter.setFilterText(QStringLiteral("prod"));
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);

    const ResourceItems all = sample();
    list.appendItems(all.mid(0, 2));
    QCOMPARE(ids(filter), (QStringList{QStringLiteral("0a1b-vpc-one"), QStringLiteral("77ff-vpc-two")}));
    list.appendItems(all.mid(2)); // nothing in it matches
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    list.appendItems({vpc(QStringLiteral("new"), QStringLiteral("prod-3"), QString())});
    QCOMPARE(ids(filter).last(), QStringLiteral("new"));
    QCOMPARE(inserted.size(), 2);
}

void TestResourceFilterModel::sourceResetRefilters()
{
    ResourceListModel list;
    list.setItems(sample());
    ResourceFilterModel filter;
    filter.setSourceModel(&list);
    filter.setFilterText(QStringLiteral("vpc"));
    QCOMPARE(filter.rowCount(), 4);
    list.setItems({vpc(QStringLiteral("x"), QStringLiteral("other"), QString())});
    QCOMPARE(filter.rowCount(), 0);
    list.clear();
    QCOMPARE(filter.rowCount(), 0);
}

void TestResourceFilterModel::mapsBothWays()
{
    ResourceListModel list;
    list.setItems(sample());
    ResourceFilterModel filter;
    filter.setSourceModel(&list);
    filter.setFilterText(QStringLiteral("vpc-t"));
    const QModelIndex proxy = filter.index(1, 0);
    const QModelIndex source = filter.mapToSource(proxy);
    QCOMPARE(source.row(), 2);
    QCOMPARE(filter.mapFromSource(source), proxy);
    QVERIFY(!filter.mapFromSource(list.index(0, 0)).isValid());
    QCOMPARE(proxy.data(Qt::DisplayRole).toString(), QStringLiteral("staging (c3c3-vpc-three) \u2014 192.168.0.0/20"));
}

void TestResourceFilterModel::listModelRoles()
{
    ResourceListModel list;
    list.setItems(sample());
    const QModelIndex first = list.index(0, 0);
    QCOMPARE(first.data(Qt::UserRole).toString(), QStringLiteral("0a1b-vpc-one"));
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Web-Prod (0a1b-vpc-one) \u2014 10.0.0.0/16"));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QLatin1String("10.0.0.0/16")));
    QCOMPARE(list.index(3, 0).data().toString(), QStringLiteral("dd00-vpc-four \u2014 172.16.0.0/12"));
    QCOMPARE(list.rowOfId(QStringLiteral("c3c3-vpc-three")), 2);
    QCOMPARE(list.rowOfId(QStringLiteral("missing")), -1);
}

void TestResourceFilterModel::passesModelTester()
{
    ResourceListModel list;
    ResourceFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&list);
    list.appendItems(sample());
    filter.setFilterText(QStringLiteral("prod"));
    list.appendItems({vpc(QStringLiteral("n"), QStringLiteral("prod2"), QString())});
    filter.setFilterText(QString());
    list.clear();

    // Any list model with a search key role works, not only ResourceListModel.
    QStringListModel plain({QStringLiteral("a")});
    filter.setSourceModel(&plain);
    QCOMPARE(filter.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestResourceFilterModel)
#include "tst_resourcefiltermodel.moc"
