#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

class QTcpSocket;

namespace om::secrets {

// The redirect target of the interactive sign-in: an HTTP listener bound to 127.0.0.1 ONLY, on a port the
// OS picks. It answers the browser's one GET on "/" with a short page and hands over the query (code, state
// or error). Other paths get 404. Requests larger than 16 KiB or malformed are dropped.
// Our own ~100 lines instead of QOAuthHttpServerReplyHandler: its 6.4 constructors bind QHostAddress::Any
// before one can re-listen, and we want full control over what is logged (nothing from the query).
class LoopbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    explicit LoopbackListener(QObject *parent = nullptr);

    bool listen(); // 127.0.0.1, port 0
    void close();
    bool isListening() const { return m_server.isListening(); }
    QUrl redirectUri() const; // http://127.0.0.1:{port}/

Q_SIGNALS:
    void callbackReceived(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace om::secrets
