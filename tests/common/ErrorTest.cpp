#include "common/Error.h"

#include "common/Result.h"

#include <gtest/gtest.h>

TEST(Error, ToStringCarriesContextStatusAndServiceCode)
{
    om::Error e = om::Error::make(om::Error::Kind::Http, QStringLiteral("No licences left."),
                                  QStringLiteral("POST /v1/customers/c/users/u/licenseupdates"));
    e.httpStatus = 400;
    e.serviceCode = QStringLiteral("60012");
    EXPECT_EQ(e.toString(),
              QStringLiteral(
                  "POST /v1/customers/c/users/u/licenseupdates: HTTP 400 (code 60012): No licences left."));
}

TEST(Result, HoldsValueOrError)
{
    om::Result<int> good(5);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(good.value(), 5);
    om::Result<int> bad(om::Error::make(om::Error::Kind::Storage, QStringLiteral("disk full")));
    EXPECT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, om::Error::Kind::Storage);
    om::Status s;
    EXPECT_TRUE(s.ok());
    om::Status f(om::Error::make(om::Error::Kind::Cancelled, QStringLiteral("stopped")));
    EXPECT_FALSE(f.ok());
}
