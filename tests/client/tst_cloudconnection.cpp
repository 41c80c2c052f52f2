#include "ApiResponse.h"
#include "CloudConnection.h"
#include "PendingReply.h"
#include "TokenAuthenticator.h"
#include "Transport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace EndpointDesk;

// What the connection makes of a request before it goes out: signed, or refused with the reason.
class TestCloudConnection : public QObject
{
    Q_OBJECT

private:
    static ApiRequest request()
    {
        ApiRequest request;
        request.method = QByteArrayLiteral("GET");
        request.url = QUrl(QStringLiteral("https://vpc.cn-north-4.myhuaweicloud.com/v1/projects/p/vpcs"));
        return request;
    }

private Q_SLOTS:
    void notSignedInGivesNoRequest()
    {
        Transport transport;
        CloudConnection connection(&transport);
        QString problem;
        QVERIFY(!connection.authenticated(request(), &problem).has_value());
        QVERIFY(!problem.isEmpty());
    }

    void incompleteCredentialsGiveTheirProblem()
    {
        Transport transport;
        CloudConnection connection(&transport);
        connection.setAuthenticator(std::make_shared<TokenAuthenticator>(QString()));
        QString problem;
        QVERIFY(!connection.authenticated(request(), &problem).has_value());
        QCOMPARE(problem, QStringLiteral("No token: paste an IAM token or sign in first."));
    }

    void signedRequestCarriesTheCredentials()
    {
        Transport transport;
        CloudConnection connection(&transport);
        connection.setAuthenticator(std::make_shared<TokenAuthenticator>(QStringLiteral("tok-1")));
        QString problem;
        const std::optional<ApiRequest> signedRequest = connection.authenticated(request(), &problem);
        QVERIFY(signedRequest.has_value());
        QVERIFY(problem.isEmpty());
        QCOMPARE(signedRequest->method, request().method);
        QCOMPARE(signedRequest->url, request().url);
        QCOMPARE(signedRequest->header(QByteArrayLiteral("X-Auth-Token")), QByteArrayLiteral("tok-1"));
    }

    void successDoesNotDependOnTheMethod()
    {
        // Success is the value itself, not a field of the request.
        Transport transport;
        CloudConnection connection(&transport);
        connection.setAuthenticator(std::make_shared<TokenAuthenticator>(QStringLiteral("tok-2")));
        ApiRequest withoutMethod = request();
        withoutMethod.method.clear();
        QString problem;
        const std::optional<ApiRequest> signedRequest = connection.authenticated(withoutMethod, &problem);
        QVERIFY(signedRequest.has_value());
        QCOMPARE(signedRequest->header(QByteArrayLiteral("X-Auth-Token")), QByteArrayLiteral("tok-2"));
    }

    void sendRefusesWhatCannotBeSigned()
    {
        Transport transport;
        CloudConnection connection(&transport);
        connection.setAuthenticator(std::make_shared<TokenAuthenticator>(QString()));
        PendingReply *reply = connection.send(request());
        QSignalSpy finished(reply, &PendingReply::finished);
        QTRY_COMPARE(finished.count(), 1);
        const auto response = finished.first().first().value<ApiResponse>();
        QCOMPARE(response.outcome, ApiResponse::Outcome::Refused);
        QCOMPARE(response.detail, QStringLiteral("No token: paste an IAM token or sign in first."));
    }
};

QTEST_GUILESS_MAIN(TestCloudConnection)
#include "tst_cloudconnection.moc"
