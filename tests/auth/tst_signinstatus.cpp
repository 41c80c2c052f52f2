#include "SignInStatus.h"

#include <QTest>

using namespace EndpointDesk;

class TestSignInStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readiness_data()
    {
        QTest::addColumn<Credentials>("credentials");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<bool>("ready");
        QTest::addColumn<QString>("words");

        Credentials token;
        QTest::newRow("no token") << token << false << false << QStringLiteral("Paste a token");
        token.token = QStringLiteral("  ");
        QTest::newRow("blank token") << token << false << false << QStringLiteral("Paste a token");
        token.token = QStringLiteral("MIIabc");
        QTest::newRow("token") << token << false << true << QStringLiteral("pasted token");

        Credentials password;
        password.method = AuthMethod::IamPassword;
        password.password = QStringLiteral("pw");
        QTest::newRow("password, not signed in") << password << false << false << QStringLiteral("session words");
        QTest::newRow("password, signed in") << password << true << true << QStringLiteral("session words");

        Credentials keys;
        keys.method = AuthMethod::AkSk;
        keys.accessKey = QStringLiteral("AK1");
        QTest::newRow("access key alone") << keys << false << false << QStringLiteral("secret key");
        keys.secretKey = QStringLiteral("sk");
        QTest::newRow("AK/SK") << keys << false << true << QStringLiteral("access key AK1");

        keys.method = AuthMethod::TemporaryAkSk;
        QTest::newRow("temporary keys without their token")
            << keys << false << false << QStringLiteral("security token");
        keys.securityToken = QStringLiteral("st");
        QTest::newRow("temporary keys") << keys << false << true << QStringLiteral("temporary access key AK1");
    }

    void readiness()
    {
        QFETCH(Credentials, credentials);
        QFETCH(bool, signedIn);
        QFETCH(bool, ready);
        QFETCH(QString, words);
        QCOMPARE(SignInStatus::isReady(credentials, signedIn), ready);
        const QString text = SignInStatus::describe(credentials, signedIn, QStringLiteral("session words"));
        QVERIFY2(text.contains(words), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("sk")) || credentials.method == AuthMethod::IamPassword,
                 "the secret key is never shown");
    }
};

QTEST_GUILESS_MAIN(TestSignInStatus)
#include "tst_signinstatus.moc"
