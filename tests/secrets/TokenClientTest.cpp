#include "secrets/TokenClient.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace om::secrets;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
const QString kContext = QStringLiteral("sign-in (refresh_token)");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST(TokenClientParse, ReadsTokensAndStampsExpiryFromTheClock)
{
    const auto r = TokenClient::parseAnswer(200,
                                            json({{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                  {QStringLiteral("access_token"), QStringLiteral("at-1")},
                                                  {QStringLiteral("refresh_token"), QStringLiteral("rt-1")},
                                                  {QStringLiteral("expires_in"), QStringLiteral("3599")}}),
                                            kNow, kContext);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->accessToken, QStringLiteral("at-1"));
    EXPECT_EQ(r->refreshToken, QStringLiteral("rt-1"));
    EXPECT_EQ(r->expiresAt, kNow.addSecs(3599));
    EXPECT_TRUE(r->isUsable(kNow, 300));
    EXPECT_FALSE(r->isUsable(kNow.addSecs(3300), 300));
}

TEST(TokenClientParse, ErrorKeepsOnlyErrorAndDescription)
{
    // An error body that echoes request data must not carry it into the Error.
    const auto r = TokenClient::parseAnswer(
        400,
        json({{QStringLiteral("error"), QStringLiteral("invalid_grant")},
              {QStringLiteral("error_description"), QStringLiteral("AADSTS70008: expired.")},
              {QStringLiteral("refresh_token"), QStringLiteral("rt-SECRET")},
              {QStringLiteral("correlation_id"), QStringLiteral("code-SECRET")}}),
        kNow, kContext);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, om::Error::Kind::Auth);
    EXPECT_EQ(r.error().httpStatus, 400);
    EXPECT_EQ(r.error().serviceCode, QStringLiteral("invalid_grant"));
    const QString text = r.error().toString();
    EXPECT_TRUE(text.contains(QStringLiteral("AADSTS70008: expired."))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("SECRET"))) << text.toStdString();
}

TEST(TokenClientParse, NonJsonErrorAndServerErrorsAreClassified)
{
    const auto html = TokenClient::parseAnswer(400, "<html>refresh_token=rt-SECRET</html>", kNow, kContext);
    ASSERT_FALSE(html.ok());
    EXPECT_FALSE(html.error().toString().contains(QStringLiteral("SECRET")));
    const auto down = TokenClient::parseAnswer(503, "{}", kNow, kContext);
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(down.error().kind, om::Error::Kind::Http);
}

TEST(TokenClientParse, RejectsAnswersWithoutABearerToken)
{
    EXPECT_FALSE(TokenClient::parseAnswer(
                     200, json({{QStringLiteral("token_type"), QStringLiteral("Bearer")}}), kNow, kContext)
                     .ok());
    EXPECT_FALSE(TokenClient::parseAnswer(200,
                                          json({{QStringLiteral("token_type"), QStringLiteral("pop")},
                                                {QStringLiteral("access_token"), QStringLiteral("x")}}),
                                          kNow, kContext)
                     .ok());
    EXPECT_FALSE(TokenClient::parseAnswer(200, "not json", kNow, kContext).ok());
}
