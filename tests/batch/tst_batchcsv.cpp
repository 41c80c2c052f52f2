#include "BatchCsv.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace EndpointDesk;

namespace {

const QString project = QStringLiteral("0123456789abcdef0123456789abcdef");

} // namespace

// Reading a file of endpoints: separators, quotes, a byte order mark, rows pasted from a spreadsheet,
// and damaged input, which becomes a message and never a crash.
class TestBatchCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separators_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QByteArray("project,vpc,subnet\nP,vpc-01,subnet-01-a\n") << QChar(QLatin1Char(','));
        QTest::newRow("semicolon") << QByteArray("project;vpc;subnet\nP;vpc-01;subnet-01-a\n")
                                   << QChar(QLatin1Char(';'));
        QTest::newRow("tab") << QByteArray("project\tvpc\tsubnet\nP\tvpc-01\tsubnet-01-a\n")
                             << QChar(QLatin1Char('\t'));
        // A spreadsheet's rows: tabs, CRLF, and a value with a comma in it.
        QTest::newRow("pasted") << QByteArray("project\tvpc\tsubnet\r\nP\tvpc-01\tsubnet-01-a\r\n")
                                << QChar(QLatin1Char('\t'));
    }

    void separators()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        const BatchFile file = BatchCsv::parse(bytes);
        QVERIFY2(file.isReadable(), qPrintable(file.problem));
        QCOMPARE(file.separator, separator);
        QCOMPARE(file.rows.size(), 1);
        QCOMPARE(file.rows.at(0).project, QStringLiteral("P"));
        QCOMPARE(file.rows.at(0).vpc, QStringLiteral("vpc-01"));
        QCOMPARE(file.rows.at(0).subnet, QStringLiteral("subnet-01-a"));
        QCOMPARE(file.rows.at(0).line, 2);
        QVERIFY(file.rows.at(0).problem.isEmpty());
    }

    void headerNamesAndOrder()
    {
        // Any order and case, the API's names, surrounding spaces; region and flavor read too.
        const BatchFile file = BatchCsv::parse("  Subnet_ID , XROLE,VPC_id,Project_Id,Region,FLAVOR\n"
                                               "s, agency , v , p , cn-east-3 ,default\n");
        QVERIFY2(file.isReadable(), qPrintable(file.problem));
        QCOMPARE(file.rows.size(), 1);
        const BatchInput row = file.rows.at(0);
        QCOMPARE(row.subnet, QStringLiteral("s"));
        QCOMPARE(row.agency, QStringLiteral("agency"));
        QCOMPARE(row.vpc, QStringLiteral("v"));
        QCOMPARE(row.project, QStringLiteral("p"));
        QCOMPARE(row.region, QStringLiteral("cn-east-3"));
        QCOMPARE(row.flavor, QStringLiteral("default"));
    }

    void chineseHeaders()
    {
        const BatchFile file = BatchCsv::parse(QStringLiteral("区域,项目,虚拟私有云,子网,规格,委托\n"
                                                              "cn-north-4,p,v,s,default,a\n")
                                                   .toUtf8());
        QVERIFY2(file.isReadable(), qPrintable(file.problem));
        QCOMPARE(file.rows.at(0).region, QStringLiteral("cn-north-4"));
        QCOMPARE(file.rows.at(0).project, QStringLiteral("p"));
        QCOMPARE(file.rows.at(0).vpc, QStringLiteral("v"));
        QCOMPARE(file.rows.at(0).subnet, QStringLiteral("s"));
        QCOMPARE(file.rows.at(0).flavor, QStringLiteral("default"));
        QCOMPARE(file.rows.at(0).agency, QStringLiteral("a"));
    }

    void quotes()
    {
        const BatchFile file = BatchCsv::parse("project,vpc,subnet,agency\n"
                                               "\"p,1\",\"say \"\"hi\"\"\",\"two\nlines\",  \"spaced\"\n"
                                               "p2,v2,s2,a2\n");
        QVERIFY2(file.isReadable(), qPrintable(file.problem));
        QCOMPARE(file.rows.size(), 2);
        QCOMPARE(file.rows.at(0).project, QStringLiteral("p,1"));
        QCOMPARE(file.rows.at(0).vpc, QStringLiteral("say \"hi\""));
        QCOMPARE(file.rows.at(0).subnet, QStringLiteral("two\nlines"));
        QCOMPARE(file.rows.at(0).agency, QStringLiteral("spaced"));
        // The quoted line end does not count as a row: the next row starts on line 4.
        QCOMPARE(file.rows.at(1).line, 4);
        QCOMPARE(file.rows.at(1).project, QStringLiteral("p2"));
    }

    void byteOrderMark()
    {
        const BatchFile file = BatchCsv::parse("\xEF\xBB\xBFproject,vpc,subnet\n" + project.toUtf8() + ",v,s\n");
        QVERIFY2(file.isReadable(), qPrintable(file.problem));
        QCOMPARE(file.rows.size(), 1);
        QCOMPARE(file.rows.at(0).project, project);
    }

    void chineseNamesKept()
    {
        const BatchFile file = BatchCsv::parse(QStringLiteral("project,vpc,subnet\np,生产网络,子网-甲\n").toUtf8());
        QVERIFY(file.isReadable());
        QCOMPARE(file.rows.at(0).vpc, QStringLiteral("生产网络"));
        QCOMPARE(file.rows.at(0).subnet, QStringLiteral("子网-甲"));
    }

    void blankLinesAndEmptyRowsSkipped()
    {
        const BatchFile file = BatchCsv::parse("\n\nproject,vpc,subnet\r\n\r\np,v,s\r\n,,\r\n\r\np2,v2,s2");
        QVERIFY2(file.isReadable(), qPrintable(file.problem));
        QCOMPARE(file.rows.size(), 2);
        QCOMPARE(file.rows.at(0).line, 5);
        QCOMPARE(file.rows.at(1).line, 8);
        QCOMPARE(file.rows.at(1).subnet, QStringLiteral("s2")); // no line end at the end of the file
    }

    void unusedColumnIsANote()
    {
        const BatchFile file = BatchCsv::parse("project,vpc,subnet,owner\np,v,s,alice\n");
        QVERIFY(file.isReadable());
        QCOMPARE(file.rows.size(), 1);
        QCOMPARE(file.notes.size(), 1);
        QVERIFY(file.notes.at(0).contains(QStringLiteral("owner")));
    }

    void damagedRows()
    {
        const BatchFile file = BatchCsv::parse("project,vpc,subnet\n"
                                               "p,v,s,extra\n"
                                               "p,v\n"
                                               "p,v,s,\n"
                                               "p,\"v,s\n");
        QVERIFY2(file.isReadable(), qPrintable(file.problem));
        QCOMPARE(file.rows.size(), 4);
        QVERIFY(file.rows.at(0).problem.contains(QStringLiteral("4"))); // four values, three columns
        QCOMPARE(file.rows.at(1).subnet, QString());                    // missing: empty, the form's checks say so
        QVERIFY(file.rows.at(1).problem.isEmpty());
        QVERIFY(file.rows.at(2).problem.isEmpty());  // an empty trailing value is harmless
        QVERIFY(!file.rows.at(3).problem.isEmpty()); // the quote is never closed
        QCOMPARE(file.rows.at(3).line, 5);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray("\r\n \n\t\n") << QStringLiteral("empty");
        QTest::newRow("no header") << QByteArray("p,v,s\n") << QStringLiteral("name the columns");
        QTest::newRow("no subnet column") << QByteArray("project,vpc\np,v\n") << QStringLiteral("name the columns");
        QTest::newRow("header only") << QByteArray("project,vpc,subnet\n") << QStringLiteral("no rows");
        QTest::newRow("twice") << QByteArray("project,vpc,subnet,vpc_id\np,v,s,v\n") << QStringLiteral("twice");
        QTest::newRow("not UTF-8") << QByteArray("project,vpc,subnet\np,v\xff\xfe,s\n") << QStringLiteral("UTF-8");
        QTest::newRow("NUL") << QByteArray("project,vpc,subnet\np,v,s\0\n", 26) << QStringLiteral("UTF-8");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("UTF-8");
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const BatchFile file = BatchCsv::parse(bytes);
        QVERIFY(!file.isReadable());
        QVERIFY2(file.problem.contains(says), qPrintable(file.problem));
        QVERIFY(file.rows.isEmpty());
    }

    void limits()
    {
        QByteArray many("project,vpc,subnet\n");
        for (int i = 0; i <= BatchCsv::MaxRows; ++i)
            many += "p,v,s\n";
        BatchFile file = BatchCsv::parse(many);
        QVERIFY(!file.isReadable());
        QVERIFY2(file.problem.contains(QLocale().toString(BatchCsv::MaxRows)), qPrintable(file.problem));
        QVERIFY(file.rows.isEmpty());

        // Exactly the limit is fine.
        many.chop(6);
        file = BatchCsv::parse(many);
        QVERIFY2(file.isReadable(), qPrintable(file.problem));
        QCOMPARE(file.rows.size(), BatchCsv::MaxRows);

        QByteArray huge("project,vpc,subnet\n");
        huge += QByteArray(BatchCsv::MaxBytes, 'x');
        file = BatchCsv::parse(huge);
        QVERIFY(!file.isReadable());
        QVERIFY(file.rows.isEmpty());
    }

    void readsFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("project;vpc;subnet\r\np;v;s\r\n");
        out.close();
        BatchFile file = BatchCsv::readFile(path);
        QVERIFY2(file.isReadable(), qPrintable(file.problem));
        QCOMPARE(file.rows.size(), 1);

        file = BatchCsv::readFile(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!file.isReadable());
        QVERIFY(file.problem.contains(QStringLiteral("missing.csv")));
    }

    void randomBytesNeverCrash()
    {
        // The fuzz target runs this far longer; here a quick seeded pass in the normal suite.
        QRandomGenerator random(11);
        const QByteArray alphabet("project,vpc;subnet\t\"\r\n \xEF\xBB\xBF\xff");
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes;
            const int size = int(random.bounded(80));
            for (int i = 0; i < size; ++i)
                bytes += alphabet.at(int(random.bounded(alphabet.size())));
            const BatchFile file = BatchCsv::parse(bytes);
            QVERIFY(file.isReadable() || file.rows.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestBatchCsv)
#include "tst_batchcsv.moc"
