#pragma once

// A token endpoint that answers whatever the test scripts, byte for byte: the answers no real Entra gives on
// purpose but partners meet (a proxy's HTML page, a redirect, 408, 429, an oversize body). Loopback only.

#include "secrets/AccountSettings.h"
#include "tests/support/TestAccount.h"

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace om::secrets::test {

class FakeTokenEndpoint
{
public:
    FakeTokenEndpoint()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    const QByteArray &b = m_buffers[socket];
                    const qsizetype head = b.indexOf("\r\n\r\n");
                    if (head < 0)
                        return;
                    const qsizetype lengthAt = b.toLower().indexOf("content-length:");
                    const qsizetype length =
                        lengthAt < 0 ? 0
                                     : b.mid(lengthAt + 15, b.indexOf("\r\n", lengthAt) - lengthAt - 15)
                                           .trimmed()
                                           .toLongLong();
                    if (b.size() < head + 4 + length)
                        return; // the body is still coming
                    m_requests << b;
                    m_buffers.remove(socket);
                    const QByteArray answer = m_answers.isEmpty() ? m_last : m_answers.takeFirst();
                    m_last = answer;
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    // The next answers, in order; the last one repeats.
    void script(const QList<QByteArray> &answers) { m_answers = answers; }

    static QByteArray answer(int status, const QByteArray &contentType, const QByteArray &body,
                             const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
               "Connection: close\r\n\r\n" + body;
    }
    static QByteArray json(int status, const QByteArray &body)
    {
        return answer(status, "application/json; charset=utf-8", body);
    }

    // An account whose authority is this endpoint ("sandbox" cloud: plain http on loopback).
    AccountSettings account() const
    {
        AccountSettings a;
        a.tenant = QStringLiteral("contoso.onmicrosoft.com");
        a.clientId = om::test::processClientId();
        a.cloud = Cloud::Sandbox;
        a.sandboxBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
        return a;
    }

    const QList<QByteArray> &requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_answers;
    QByteArray m_last;
    QList<QByteArray> m_requests;
};

} // namespace om::secrets::test
