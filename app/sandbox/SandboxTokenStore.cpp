#include "SandboxTokenStore.h"

#include "SandboxDemo.h"

#include <QRandomGenerator>

#include <array>

namespace EndpointDesk {

SandboxTokenStore::SandboxTokenStore()
{
    SandboxToken demo;
    demo.value = SandboxDemo::token();
    demo.userId = SandboxDemo::userId();
    demo.userName = SandboxDemo::userName();
    demo.domainId = SandboxDemo::domainId();
    demo.domainName = SandboxDemo::accountName();
    demo.projectId = SandboxDemo::projectId();
    demo.methods = {QStringLiteral("password")};
    m_tokens.insert(demo.value, demo);
}

const SandboxToken &SandboxTokenStore::issue(SandboxToken token)
{
    // Real tokens are long PKI blobs starting with "MII"; length matters to clients that cap header sizes.
    std::array<quint32, 24> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray random(reinterpret_cast<const char *>(words.data()), sizeof(words));
    token.value =
        QStringLiteral("MII")
        + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return *m_tokens.insert(token.value, token);
}

const SandboxToken *SandboxTokenStore::find(const QString &value) const
{
    const auto it = m_tokens.constFind(value);
    return it == m_tokens.cend() ? nullptr : &*it;
}

QString SandboxTokenStore::formatTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

} // namespace EndpointDesk
