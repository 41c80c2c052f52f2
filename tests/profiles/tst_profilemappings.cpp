// What a profile maps to: the credentials it keeps, the secret kinds its method stores and the form's
// defaults.
#include "Credentials.h"
#include "EndpointSpec.h"
#include "Profile.h"
#include "SecretKind.h"

#include <QTest>

using namespace EndpointDesk;

class TestProfileMappings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretKindsPerMethod()
    {
        QCOMPARE(SecretKinds::forMethod(AuthMethod::Token), QList<SecretKind>({SecretKind::Token}));
        QCOMPARE(SecretKinds::forMethod(AuthMethod::IamPassword), QList<SecretKind>({SecretKind::Password}));
        QCOMPARE(SecretKinds::forMethod(AuthMethod::AkSk), QList<SecretKind>({SecretKind::SecretKey}));
        QCOMPARE(SecretKinds::forMethod(AuthMethod::TemporaryAkSk),
                 QList<SecretKind>({SecretKind::SecretKey, SecretKind::SecurityToken}));
    }

    void credentialsFromAProfileAndBack()
    {
        Profile p;
        p.authMethod = AuthMethod::IamPassword;
        p.accountName = QStringLiteral("account");
        p.iamUserName = QStringLiteral("user");
        p.mfaUserId = QStringLiteral("mfa");
        p.accessKeyId = QStringLiteral("AK");
        const Credentials c = p.credentials();
        QCOMPARE(c.method, AuthMethod::IamPassword);
        QCOMPARE(c.accountName, p.accountName);
        QCOMPARE(c.userName, p.iamUserName);
        QCOMPARE(c.mfaUserId, p.mfaUserId);
        QCOMPARE(c.accessKey, p.accessKeyId);
        QVERIFY(c.password.isEmpty() && c.token.isEmpty() && c.secretKey.isEmpty() && c.securityToken.isEmpty());

        Profile back;
        back.name = QStringLiteral("kept");
        back.applyCredentials(c);
        QCOMPARE(back.name, QStringLiteral("kept"));
        QCOMPARE(back.authMethod, p.authMethod);
        QCOMPARE(back.accountName, p.accountName);
        QCOMPARE(back.iamUserName, p.iamUserName);
        QCOMPARE(back.mfaUserId, p.mfaUserId);
        QCOMPARE(back.accessKeyId, p.accessKeyId);
    }

    void eachSecretKindHasItsField()
    {
        Credentials c;
        for (SecretKind kind : SecretKinds::signIn())
            c.setSecret(kind, SecretKinds::id(kind) + QStringLiteral("-value"));
        QCOMPARE(c.password, QStringLiteral("password-value"));
        QCOMPARE(c.secretKey, QStringLiteral("secret-key-value"));
        QCOMPARE(c.securityToken, QStringLiteral("security-token-value"));
        QCOMPARE(c.token, QStringLiteral("token-value"));
        for (SecretKind kind : SecretKinds::signIn())
            QCOMPARE(c.secret(kind), SecretKinds::id(kind) + QStringLiteral("-value"));
        QVERIFY(c.mfaCode.isEmpty());                           // one-time, never a stored kind
        QVERIFY(c.secret(SecretKind::ProxyPassword).isEmpty()); // the network's, kept by ActiveProfile
    }

    void formDefaultsComeFromTheProfile()
    {
        Profile p;
        p.regionId = QStringLiteral("cn-east-3");
        p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        p.defaultVpcId = QStringLiteral("a285e7b0-deb6-4750-941e-6a8be5eefeb8");
        p.defaultSubnetId = QStringLiteral("c8cccc73-79b1-4ec1-8e2c-16211d1def06");
        p.defaultFlavor = QStringLiteral("large");
        p.defaultAgency = QStringLiteral("fgs-vpc");
        const EndpointSpec defaults = p.formDefaults();
        QCOMPARE(defaults.region, p.regionId);
        QCOMPARE(defaults.projectId, p.projectId);
        QCOMPARE(defaults.vpcId, p.defaultVpcId);
        QCOMPARE(defaults.subnetId, p.defaultSubnetId);
        QCOMPARE(defaults.flavor, p.defaultFlavor);
        QCOMPARE(defaults.agency, p.defaultAgency);
    }
};

QTEST_GUILESS_MAIN(TestProfileMappings)
#include "tst_profilemappings.moc"
