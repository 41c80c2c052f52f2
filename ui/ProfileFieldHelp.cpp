#include "ProfileFieldHelp.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QLineEdit>

namespace EndpointDesk {

QString ProfileFieldHelp::forField(const QString &accessibleName)
{
    static const QHash<QString, const char *> help = {
        {QStringLiteral("Profile name"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp", "Profile name: any name that tells your profiles apart.")},
        {QStringLiteral("Region"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Region: where the project is; the console shows it at the top left of every page.")},
        {QStringLiteral("Endpoint override"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Endpoint override: leave empty for Huawei Cloud. One base URL for every call, for a "
                           "gateway or the sandbox.")},
        {QStringLiteral("Project ID"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Project ID: IAM console ▸ My Credentials ▸ API Credentials, the project of the region.")},
        {QStringLiteral("Auth method"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Auth method: how requests are signed: a pasted token, an IAM user's password, or "
                           "access keys. Only that method's fields are shown.")},
        {QStringLiteral("Token"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Token: an IAM token (the X-Subject-Token header of an IAM sign-in, e.g. from KooCLI). "
                           "Kept in the keychain.")},
        {QStringLiteral("Account name"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Account name: IAM console ▸ My Credentials ▸ API Credentials, Account Name.")},
        {QStringLiteral("IAM user name"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "IAM user name: IAM console ▸ My Credentials ▸ API Credentials, IAM User Name.")},
        {QStringLiteral("Password"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Password: the IAM user's console password. Kept in the keychain.")},
        {QStringLiteral("MFA user ID"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "MFA user ID: IAM console ▸ My Credentials ▸ API Credentials, IAM User ID. Only for "
                           "users with virtual MFA.")},
        {QStringLiteral("Access key"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Access key: IAM console ▸ My Credentials ▸ Access Keys, the access key ID (AK).")},
        {QStringLiteral("Secret key"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Secret key: in the credentials.csv file downloaded when the access key was created "
                           "(SK). Kept in the keychain.")},
        {QStringLiteral("Security token"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Security token: comes with temporary access keys (IAM's securitytokens call, or "
                           "your identity provider). Kept in the keychain.")},
        {QStringLiteral("VPC ID"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "VPC ID: VPC console ▸ Virtual Private Cloud, the VPC's ID. Prefills the form.")},
        {QStringLiteral("Subnet ID"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Subnet ID: VPC console ▸ Subnets, the subnet's ID. Prefills the form.")},
        {QStringLiteral("Flavor"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Flavor: optional; empty uses the cloud's default, the large specification.")},
        {QStringLiteral("Agency"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Agency: IAM console ▸ Agencies, an agency trusted by FunctionGraph. Optional.")},
        {QStringLiteral("Connect timeout"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Connect timeout: the longest wait for a connection and its TLS handshake.")},
        {QStringLiteral("Read timeout"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Read timeout: the longest wait with no data moving, once a request is under way.")},
        {QStringLiteral("Proxy"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Proxy: the desktop's proxy settings, none, or a manual HTTP proxy; your network "
                           "administrator knows which.")},
        {QStringLiteral("Proxy host"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp", "Proxy host: the manual proxy's host name or address.")},
        {QStringLiteral("Proxy port"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp", "Proxy port: the manual proxy's port.")},
        {QStringLiteral("Proxy user"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Proxy user: only when the proxy asks for a sign-in; empty otherwise.")},
        {QStringLiteral("Proxy password"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Proxy password: the proxy user's password. Kept in the keychain.")},
        {QStringLiteral("CA file"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "CA file: certificates (PEM or DER) trusted in addition to the system's, for a gateway "
                           "with its own certificate authority.")},
        {QStringLiteral("Shared record"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Shared record: this computer's own file, or a PostgreSQL server that the team shares, "
                           "holding the history and the only list of the team's endpoints.")},
        {QStringLiteral("Record server host"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Host: the PostgreSQL server's name, as its certificate names it, or the folder of its "
                           "Unix socket (e.g. /var/run/postgresql). Your database administrator knows it.")},
        {QStringLiteral("Record server port"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp", "Port: the PostgreSQL server's port, usually 5432.")},
        {QStringLiteral("Record database"),
         QT_TRANSLATE_NOOP(
             "EndpointDesk::ProfileFieldHelp",
             "Database: the database that holds the team's record; your database administrator names it.")},
        {QStringLiteral("Record user"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "User: your own PostgreSQL role; colleagues see it next to what you created or deleted.")},
        {QStringLiteral("Record password"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Password: your PostgreSQL role's password. Kept in the keychain, never exported.")},
        {QStringLiteral("Record TLS"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "TLS: encrypts the connection and checks the server's certificate and name. May be off "
                           "only for a server on this computer.")},
        {QStringLiteral("Record CA file"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "CA file: the certificate (PEM) of the authority that signed the server's certificate; "
                           "empty uses ~/.postgresql/root.crt.")},
        {QStringLiteral("Store secrets in the settings file, unencrypted"),
         QT_TRANSLATE_NOOP("EndpointDesk::ProfileFieldHelp",
                           "Only for computers without a keychain: secrets are then readable by anyone who can "
                           "read the settings file.")},
    };
    const char *text = help.value(accessibleName);
    return text ? QCoreApplication::translate("EndpointDesk::ProfileFieldHelp", text) : QString();
}

void ProfileFieldHelp::apply(QWidget *root)
{
    for (QWidget *field : root->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(field) || qobject_cast<QComboBox *>(field)
                           || qobject_cast<QAbstractSpinBox *>(field) || qobject_cast<QAbstractButton *>(field);
        const QString help = input ? forField(field->accessibleName()) : QString();
        if (help.isEmpty())
            continue;
        field->setToolTip(help);
        field->setWhatsThis(help);
    }
}

} // namespace EndpointDesk
