#include "tests/hardening/RawHttpServer.h"

#include <QTcpSocket>

namespace om::test {

namespace {

constexpr qint64 kChunk = qint64{64} * 1024;

} // namespace

QByteArray RawRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RawHttpServer::RawHttpServer(Handler handler, QTcpServer *server, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(server ? server : new QTcpServer(this))
{
    m_server->setParent(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &RawHttpServer::onConnection);
}

RawHttpServer::~RawHttpServer() = default;

bool RawHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

RawResponse RawHttpServer::json(const QByteArray &body, int status, const QByteArray &extraHeaders)
{
    RawResponse r;
    r.bytes = "HTTP/1.1 " + QByteArray::number(status) +
              " X\r\nContent-Type: application/json\r\nConnection: close\r\n" + extraHeaders +
              "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return r;
}

void RawHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        m_state.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_state.remove(socket);
            socket->deleteLater();
        });
    }
}

void RawHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_state.contains(socket))
        return;
    Connection *c = &m_state[socket];
    c->buffer += socket->readAll();
    const qsizetype end = c->buffer.indexOf("\r\n\r\n");
    if (c->answered || end < 0)
        return;
    RawRequest request;
    const QList<QByteArray> lines = c->buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const qint64 bodyLength = request.header("Content-Length").toLongLong();
    if (c->buffer.size() - end - 4 < bodyLength)
        return; // wait for the body
    c->answered = true;
    m_requests.append(request);
    const RawResponse response = m_handler(request);
    c->toStream = response.streamBytes;
    c->streamByte = response.streamByte;
    c->closeAfter = response.closeAfter;
    socket->write(response.bytes);
    if (c->toStream == 0 && !c->closeAfter) {
        c->answered = false; // keep-alive: the next request on this connection
        c->buffer.remove(0, end + 4 + bodyLength);
    }
    pump(socket);
}

void RawHttpServer::pump(QTcpSocket *socket)
{
    const auto it = m_state.find(socket);
    Connection *c = it == m_state.end() ? nullptr : &it.value();
    if (!c || !c->answered || socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Keep at most two chunks queued: the body is produced as the client reads it.
    if (c->toStream > 0 && socket->bytesToWrite() < 2 * kChunk) {
        const qint64 n = std::min(kChunk, c->toStream);
        socket->write(QByteArray(n, c->streamByte));
        c->toStream -= n;
        m_streamed += n;
        return;
    }
    if (c->toStream == 0 && socket->bytesToWrite() == 0 && c->closeAfter)
        socket->disconnectFromHost();
}

} // namespace om::test
