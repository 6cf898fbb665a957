// HTTP/1.1 messages (RFC 9112): the bytes we send, and parsing what arrives
// in pieces across TCP segments.
#include "apps/http.h"

#include <QtTest>

using namespace ww;

class TestHttp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestBytes();
    void requestInPieces();
    void malformedRequest();
    void responseNeedsContentLengthBytes();
};

void TestHttp::requestBytes() {
    const std::string text = http::requestText({"GET", "/index.html", "www.naver.com"});
    QCOMPARE(
        QByteArray::fromStdString(text),
        QByteArray("GET /index.html HTTP/1.1\r\nHost: www.naver.com\r\nUser-Agent: Wirewalk/0.1\r\n"
                   "Accept: */*\r\n\r\n"));
    bool malformed = true;
    auto r = http::parseRequest(text, &malformed);
    QVERIFY(r && !malformed);
    QCOMPARE(QString::fromStdString(r->target), QStringLiteral("/index.html"));
    QCOMPARE(QString::fromStdString(r->host), QStringLiteral("www.naver.com"));
}

void TestHttp::requestInPieces() {
    const std::string text = "GET / HTTP/1.1\r\nhOsT: example\r\n\r\n";
    bool malformed = false;
    for (std::size_t cut = 0; cut < text.size(); ++cut)
        QVERIFY(!http::parseRequest(text.substr(0, cut), &malformed) && !malformed);
    auto r = http::parseRequest(text, &malformed);
    QVERIFY(r);
    QCOMPARE(QString::fromStdString(r->host), QStringLiteral("example")); // field names ignore case
}

void TestHttp::malformedRequest() {
    bool malformed = false;
    QVERIFY(!http::parseRequest("HELLO\r\n\r\n", &malformed));
    QVERIFY(malformed);
    QVERIFY(!http::parseRequest("GET / HTTP/9.9\r\n\r\n", &malformed));
    QVERIFY(malformed);
}

void TestHttp::responseNeedsContentLengthBytes() {
    http::Response resp;
    resp.body = "<html>안녕</html>";
    const std::string text = http::responseText(resp);
    QVERIFY(QByteArray::fromStdString(text).contains(
        QByteArray("Content-Length: ") + QByteArray::number(qsizetype(resp.body.size())) + "\r\n"));
    for (std::size_t cut = 0; cut < text.size(); ++cut)
        QVERIFY(!http::parseResponse(text.substr(0, cut)));
    auto r = http::parseResponse(text);
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(QString::fromStdString(r->reason), QStringLiteral("OK"));
    QCOMPARE(r->body, resp.body);
}

QTEST_APPLESS_MAIN(TestHttp)
#include "test_http.moc"
