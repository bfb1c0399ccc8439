#include "secrets/LoopbackListener.h"

#include "secrets/SecretsLog.h"

#include <QTcpSocket>

namespace om::secrets {

namespace {

constexpr int kMaxRequestBytes = 16 * 1024;

QByteArray httpAnswer(int status, const QByteArray &reason, const QByteArray &html)
{
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason +
           QByteArrayLiteral("\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store"
                             "\r\nConnection: close\r\nContent-Length: ") +
           QByteArray::number(html.size()) + QByteArrayLiteral("\r\n\r\n") + html;
}

// Equal in time independent of where the first difference is: the state is the only secret here.
bool sameState(const QByteArray &a, const QByteArray &b)
{
    if (a.isEmpty() || a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
}

bool LoopbackListener::listen()
{
    if (m_server.isListening())
        return true;
    const bool ok = m_server.listen(QHostAddress::LocalHost, 0);
    if (!ok)
        qCWarning(lcSecrets) << "loopback listener:" << m_server.errorString();
    return ok;
}

void LoopbackListener::close()
{
    m_server.close();
    finishPage(false);
}

QUrl LoopbackListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void LoopbackListener::finishPage(bool signedIn)
{
    QTcpSocket *socket = m_waitingPage.data();
    m_waitingPage.clear();
    if (!socket)
        return;
    socket->write(httpAnswer(
        200, "OK",
        signedIn ? QByteArrayLiteral("<html><body><p>Signed in. You can close this window and return to "
                                     "Offer Migrator.</p></body></html>")
                 : QByteArrayLiteral("<html><body><p>Sign-in did not complete. Return to Offer Migrator for "
                                     "details.</p></body></html>")));
    socket->disconnectFromHost();
}

void LoopbackListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackListener::refuse(QTcpSocket *socket, int status)
{
    ++m_refused;
    socket->write(status == 404
                      ? httpAnswer(404, "Not Found", "<html><body>Not found.</body></html>")
                      : httpAnswer(400, "Bad Request",
                                   "<html><body><p>This is not the answer Offer Migrator is waiting "
                                   "for. The sign-in continues in the window that started "
                                   "it.</p></body></html>"));
    socket->disconnectFromHost();
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
    if (headerEnd < 0)
        return; // wait for the rest of the request head
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    buffer.clear();
    const QUrl target = requestLine.size() == 3 ? QUrl::fromEncoded(requestLine.at(1)) : QUrl();
    if (requestLine.value(0) != "GET" || !target.isValid() || target.path() != u"/") {
        refuse(socket, 404);
        return;
    }
    const QUrlQuery query(target);
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toLatin1();
    if (m_waitingPage || !sameState(m_expectedState, state)) {
        // A stray request, a replay or a forgery: refused, and the sign-in keeps waiting for its own.
        qCWarning(lcSecrets) << "loopback listener: refused a request without this sign-in's state";
        refuse(socket, 400);
        return;
    }
    m_waitingPage = socket;
    qCDebug(lcSecrets) << "loopback listener: browser answer received"; // never the query itself
    Q_EMIT callbackReceived(query);
}

} // namespace om::secrets
