#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStringList>

namespace om::test {

// Counts every HTTP attempt by method and path shape (ids replaced by {}), for the budget and its breakdown.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int total() const { return m_total; }
    int count(const QString &shape) const { return m_byShape.value(shape); }
    // Attempts whose "METHOD /path" shape matches `shape` (for paths with ids the shape keeps, e.g.
    // products).
    int count(const QRegularExpression &shape) const
    {
        int n = 0;
        for (auto it = m_byShape.cbegin(); it != m_byShape.cend(); ++it)
            n += shape.match(it.key()).hasMatch() ? it.value() : 0;
        return n;
    }
    void reset()
    {
        m_total = 0;
        m_byShape.clear();
    }
    QString breakdown() const
    {
        QStringList lines;
        for (auto it = m_byShape.cbegin(); it != m_byShape.cend(); ++it)
            lines.append(QStringLiteral("%1 x %2").arg(it.value()).arg(it.key()));
        lines.sort();
        return lines.join(QLatin1Char('\n'));
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        static const QRegularExpression id(QStringLiteral("/[0-9a-fA-F-]{36}(?=/|$)"));
        QString path = request.url().path();
        path.replace(id, QStringLiteral("/{}"));
        const QString method =
            op == GetOperation ? QStringLiteral("GET")
            : op == PostOperation
                ? QStringLiteral("POST")
                : QString::fromLatin1(request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
        ++m_total;
        ++m_byShape[method + QLatin1Char(' ') + path];
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    int m_total = 0;
    QHash<QString, int> m_byShape;
};

} // namespace om::test
