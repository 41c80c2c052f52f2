#include "ErrorParser.h"
#include "ListingParser.h"
#include "ProfileJson.h"
#include "ResponseParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace EndpointDesk;

// Whatever the network or a file hands over, the parsers answer with a result or an error, never a
// crash. Seeded mutations of real bodies, so a failure repeats; run under the asan preset too.
class TestParserFuzz : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> seeds()
    {
        return {
            QByteArrayLiteral("{\"endpoints\":[\"10.0.0.10\",\"10.0.0.11\"],\"address\":\"https://xx\"}"),
            QByteArrayLiteral("{\"error_code\":\"FSS.0409\",\"error_msg\":\"exists\",\"request_id\":\"r\"}"),
            QByteArrayLiteral("{\"error\":{\"code\":401,\"message\":\"The username or password is wrong.\"}}"),
            QByteArrayLiteral("{\"code\":\"VPC.0002\",\"message\":\"bad marker\"}"),
            QByteArrayLiteral("{\"vpcs\":[{\"id\":\"a\",\"name\":\"n\",\"cidr\":\"10.0.0.0/16\",\"status\":\"OK\"}]}"),
            QByteArrayLiteral(
                "{\"subnets\":[{\"id\":\"s\",\"name\":\"n\",\"cidr\":\"10.0.0.0/24\",\"vpc_id\":\"a\","
                "\"availability_zone\":\"az1\",\"status\":\"ACTIVE\",\"available_ip_address_count\":9}]}"),
            QByteArrayLiteral("{\"projects\":[{\"id\":\"p\",\"name\":\"cn-north-4\",\"enabled\":true}]}"),
            QByteArrayLiteral("[{\"name\":\"agency\",\"expire_time\":\"null\"}]"),
            QByteArrayLiteral("{\"format\":\"endpointdesk-profiles\",\"version\":1,\"profiles\":[{\"name\":\"a\","
                              "\"regionId\":\"cn-north-4\",\"projectId\":\"0123456789abcdef0123456789abcdef\"}]}"),
        };
    }

    static QByteArray mutate(QByteArray data, QRandomGenerator &random)
    {
        static const char interesting[] = "{}[]\",:\\0-9eE.nulltruefalse\xff\xfe\x00";
        const int edits = 1 + int(random.bounded(8));
        for (int i = 0; i < edits; ++i) {
            const int at = data.isEmpty() ? 0 : int(random.bounded(data.size()));
            switch (random.bounded(5)) {
            case 0:
                if (!data.isEmpty())
                    data.remove(at, 1 + int(random.bounded(qMin<qsizetype>(8, data.size() - at))));
                break;
            case 1:
                data.insert(at, interesting[random.bounded(int(sizeof(interesting)) - 1)]);
                break;
            case 2:
                if (!data.isEmpty())
                    data[at] = char(random.bounded(256));
                break;
            case 3:
                data.truncate(at);
                break;
            default:
                // Deep nesting: parsers must not recurse without bound.
                data.insert(at, QByteArray(int(random.bounded(64)), '['));
                break;
            }
        }
        return data;
    }

    static void feed(const QByteArray &body)
    {
        ApiResponse response;
        response.body = body;
        for (int status : {200, 204, 400, 401, 404, 409, 500}) {
            response.httpStatus = status;
            (void)ErrorParser::parse(response);
            (void)ResponseParser::parseCreate(response);
            (void)ResponseParser::parseDelete(response);
        }
        for (ResourceKind kind : {ResourceKind::Project, ResourceKind::Vpc, ResourceKind::Subnet, ResourceKind::Agency})
            (void)ListingParser::parse(kind, body);
        (void)ProfileJson::importProfiles(body, {QStringLiteral("a")});
    }

private Q_SLOTS:
    void seedsParse()
    {
        for (const QByteArray &seed : seeds())
            feed(seed);
    }

    void mutatedBodies()
    {
        QRandomGenerator random(20261126);
        const QList<QByteArray> bases = seeds();
        for (int round = 0; round < 20000; ++round)
            feed(mutate(bases.at(round % bases.size()), random));
    }

    void hugeAndEmpty()
    {
        feed(QByteArray());
        feed(QByteArray(1024 * 1024, '['));
        feed(QByteArray(1024 * 1024, 'x'));
        QByteArray manyIps = "{\"endpoints\":[";
        for (int i = 0; i < 50000; ++i)
            manyIps += "\"10.0.0.1\",";
        manyIps += "\"x\"],\"address\":\"a\"}";
        const EndpointResult result = ResponseParser::parseCreate([&] {
            ApiResponse response;
            response.httpStatus = 200;
            response.body = manyIps;
            return response;
        }());
        QVERIFY(result.succeeded());
        QCOMPARE(result.endpointIps.size(), 50001);
    }
};

QTEST_GUILESS_MAIN(TestParserFuzz)
#include "tst_parserfuzz.moc"
