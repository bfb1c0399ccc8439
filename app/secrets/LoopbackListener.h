#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

class QTcpSocket;

namespace om::secrets {

// The redirect target of the interactive sign-in: an HTTP listener bound to 127.0.0.1 ONLY, on a port the
// OS picks. Any local process can connect to it, so it trusts nothing but the sign-in's `state`:
//  - GET "/" whose `state` equals setExpectedState()'s (compared in constant time) is the browser coming
//    back: callbackReceived() hands over the query (code, or error), and the browser's page is held open
//    until finishPage() says how the sign-in ended, so it never shows "Signed in" before it is true;
//  - GET "/" with no or another `state` gets 400 and nothing else happens: the sign-in keeps waiting;
//  - other paths get 404; requests larger than 16 KiB or malformed are dropped.
// Our own ~150 lines instead of QOAuthHttpServerReplyHandler: its 6.4 constructors bind QHostAddress::Any
// before one can re-listen, and we want full control over what is logged (nothing from the query).
class LoopbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    explicit LoopbackListener(QObject *parent = nullptr);

    bool listen(); // 127.0.0.1, port 0
    // Stops listening; a browser page still held open is answered "did not complete".
    void close();
    bool isListening() const { return m_server.isListening(); }
    QUrl redirectUri() const; // http://127.0.0.1:{port}/

    // The `state` of the running sign-in; empty refuses every answer.
    void setExpectedState(const QByteArray &state) { m_expectedState = state; }
    // Answers the browser page held open since callbackReceived(): "Signed in" or "did not complete".
    void finishPage(bool signedIn);

    // How many requests were refused (wrong or missing state, wrong path): for tests and the log.
    int refusedCount() const { return m_refused; }

Q_SIGNALS:
    void callbackReceived(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_expectedState;
    QPointer<QTcpSocket> m_waitingPage; // the browser whose answer matched, until finishPage()
    int m_refused = 0;
};

} // namespace om::secrets
