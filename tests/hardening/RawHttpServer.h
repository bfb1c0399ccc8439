#pragma once

// A loopback HTTP/1.1 server for hostile-input tests: the handler returns the exact bytes to write,
// so tests can send what a broken or malicious server would (bad headers, huge or truncated bodies,
// redirects). Optionally streams a body of N bytes lazily (never held in memory), stopping when the
// client closes. Listens on 127.0.0.1 on a free port. Single-threaded: runs on the test's event loop.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace om::test {

struct RawRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

struct RawResponse
{
    QByteArray bytes;       // status line, headers and (part of) the body, written as is
    qint64 streamBytes = 0; // then this many filler bytes ('[' by default), written as the socket drains
    char streamByte = '[';
    bool closeAfter = true; // close the connection once everything is written
};

class RawHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpServer)

public:
    using Handler = std::function<RawResponse(const RawRequest &)>;

    // `server`: a plain QTcpServer when null; pass a QSslServer to serve TLS. Owned.
    explicit RawHttpServer(Handler handler, QTcpServer *server = nullptr, QObject *parent = nullptr);
    ~RawHttpServer() override;

    bool listen();
    quint16 port() const { return m_server->serverPort(); }
    QTcpServer *server() const { return m_server; }

    const QList<RawRequest> &requests() const { return m_requests; }
    int connections() const { return m_connections; }
    qint64 streamedBytes() const { return m_streamed; }

    // "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: n\r\n\r\n<body>".
    static RawResponse json(const QByteArray &body, int status = 200, const QByteArray &extraHeaders = {});

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void pump(QTcpSocket *socket);

    struct Connection
    {
        QByteArray buffer;
        qint64 toStream = 0;
        char streamByte = '[';
        bool closeAfter = true;
        bool answered = false;
    };

    Handler m_handler;
    QHash<QTcpSocket *, Connection> m_state;
    QTcpServer *m_server;
    QList<RawRequest> m_requests;
    int m_connections = 0;
    qint64 m_streamed = 0;
};

} // namespace om::test
