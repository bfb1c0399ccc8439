// Replays fuzz/corpus (the libFuzzer target's seeds and every input that once crashed a parser,
// files named regress-*) through the fuzzer's own dispatch, in every build: the gcc build checks the
// outcomes, the ASan+UBSan build also checks that nothing reads out of bounds or hits undefined
// behaviour. The seeds are real Partner Center shapes, from the docs' examples
// (docs/partner-center-api.md "Conventions"), so they must parse.

#include "fuzz/JsonFuzzDispatch.h"
#include "partnercenter/ApiError.h"
#include "partnercenter/Parsers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

using om::fuzz::Outcome;
using om::fuzz::Target;

namespace {

struct CorpusFile
{
    QString name;
    QByteArray bytes;
};

QList<CorpusFile> corpus()
{
    QList<CorpusFile> files;
    const QDir dir(QStringLiteral(OM_FUZZ_CORPUS_DIR));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        files.append({name, f.readAll()});
    }
    return files;
}

bool isRegression(const QString &name)
{
    return name.startsWith(u"regress-");
}

} // namespace

TEST(FuzzCorpus, EverySeedParses)
{
    const QList<CorpusFile> files = corpus();
    ASSERT_FALSE(files.isEmpty()) << OM_FUZZ_CORPUS_DIR;
    int seeds = 0;
    for (const CorpusFile &f : files) {
        if (isRegression(f.name))
            continue;
        ++seeds;
        EXPECT_EQ(om::fuzz::parseFuzzInput(f.bytes), Outcome::Parsed) << f.name.toStdString();
    }
    EXPECT_GT(seeds, 0);
}

TEST(FuzzCorpus, SeedsCoverEveryParser)
{
    QSet<int> covered;
    for (const CorpusFile &f : corpus()) {
        if (!isRegression(f.name) && f.bytes.size() >= 2)
            covered.insert((static_cast<std::uint8_t>(f.bytes.at(0)) - 'A') %
                           static_cast<int>(Target::Count));
    }
    for (int t = 0; t < static_cast<int>(Target::Count); ++t)
        EXPECT_TRUE(covered.contains(t)) << "no seed for target '" << char('A' + t) << "'";
}

TEST(FuzzCorpus, EveryRegressionInputIsAnsweredWithoutCrashing)
{
    int regressions = 0;
    for (const CorpusFile &f : corpus()) {
        if (!isRegression(f.name))
            continue;
        ++regressions;
        // Parsed or Rejected, as long as it returns: the crash these inputs once caused is the bug.
        EXPECT_NE(om::fuzz::parseFuzzInput(f.bytes), Outcome::TooShort) << f.name.toStdString();
    }
    EXPECT_GT(regressions, 0);
}

TEST(FuzzCorpus, ShortAndEmptyInputsAreIgnored)
{
    EXPECT_EQ(om::fuzz::parseFuzzInput(QByteArrayView()), Outcome::TooShort);
    EXPECT_EQ(om::fuzz::parseFuzzInput(QByteArrayView("A")), Outcome::TooShort);
    EXPECT_EQ(om::fuzz::parseFuzzInput(QByteArrayView("A0")), Outcome::Rejected); // empty body
}

TEST(FuzzCorpus, StatusParameterPicksTheDocumentedStatuses)
{
    EXPECT_EQ(om::fuzz::statusForParam('0'), 200);
    EXPECT_EQ(om::fuzz::statusForParam('2'), 400);
    EXPECT_EQ(om::fuzz::statusForParam('8'), 429);
}

// The inputs the fuzzer's UBSan build stopped on (fuzz/corpus/regress-*-1e300.in): a JSON number far
// outside qint64 converted to an integer before its range was checked. Each must come back as a
// value or a Parse error naming the field, never a converted garbage number.
TEST(FuzzRegression, HugeQuantityIsAParseErrorNamingTheField)
{
    const QJsonObject o =
        QJsonDocument::fromJson(
            R"({"id":"s","offerId":"o","quantity":1e300,"status":"active","autoRenewEnabled":false})")
            .object();
    const om::Result<om::pc::Subscription> s = om::pc::parseSubscription(o, QStringLiteral("GET /v1/x"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, om::Error::Kind::Parse);
    EXPECT_TRUE(s.error().message.contains(u"quantity")) << s.error().message.toStdString();
}

TEST(FuzzRegression, HugeNumericCodesAreNotTurnedIntoNumbers)
{
    const om::Error e =
        om::pc::errorFromResponse(400, R"({"code":1e300,"description":"bad"})", QStringLiteral("POST /v1/x"));
    EXPECT_TRUE(e.serviceCode.isEmpty()) << e.serviceCode.toStdString(); // no code rather than a wrong one
    EXPECT_TRUE(e.message.contains(u"bad"));

    const QJsonObject cart =
        QJsonDocument::fromJson(
            R"({"id":"c","lineItems":[{"id":0,"catalogItemId":"X","quantity":1,"orderGroup":-1e300}]})")
            .object();
    const om::Result<om::pc::Cart> c = om::pc::parseCart(cart, QStringLiteral("POST /v1/x"));
    ASSERT_FALSE(c.ok());
    EXPECT_TRUE(c.error().message.contains(u"orderGroup")) << c.error().message.toStdString();
}
