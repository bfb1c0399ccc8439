// The committed translations against the current sources: lupdate (the one CMake found) updates a copy
// of each .ts from app/ and ui/, then every message must be translated, with the same placeholders.
#include "tests/i18n/TsCatalogue.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace om::test {
namespace {

const QString kSourceDir = QStringLiteral(OM_SOURCE_DIR);
const QString kTranslationsDir = QStringLiteral(OM_TRANSLATIONS_DIR);

QString describe(const TsMessage &m)
{
    return m.context + QStringLiteral(": \"") + m.source + u'"';
}

class TsCompletenessTest : public ::testing::Test
{
protected:
    // A copy of resources/translations/<name> brought up to date with the sources by lupdate. Obsolete
    // entries are kept, so a translation whose source string went away shows as "vanished".
    TsFile updated(const QString &name)
    {
        EXPECT_TRUE(m_dir.isValid());
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        EXPECT_TRUE(QFile::copy(QDir(kTranslationsDir).filePath(name), copy)) << name.toStdString();
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(kSourceDir);
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(OM_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"), kSourceDir,
                       QStringLiteral("-I"), kSourceDir + QStringLiteral("/app"),
                       QStringLiteral("-recursive"), QStringLiteral("app"), QStringLiteral("ui"),
                       QStringLiteral("-ts"), copy});
        EXPECT_TRUE(lupdate.waitForFinished(120000));
        const QByteArray output = lupdate.readAll();
        EXPECT_EQ(lupdate.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(lupdate.exitCode(), 0) << output.toStdString();
        Result<TsFile> ts = TsFile::read(copy);
        EXPECT_TRUE(ts.ok()) << (ts.ok() ? std::string() : ts.error().toString().toStdString());
        return ts.ok() ? ts.take() : TsFile();
    }

    QTemporaryDir m_dir;
};

TEST_F(TsCompletenessTest, ItalianTranslatesEverySourceString)
{
    const TsFile ts = updated(QStringLiteral("offer-migrator_it.ts"));
    EXPECT_EQ(ts.language, QStringLiteral("it"));
    ASSERT_GT(ts.messages.size(), 100) << "lupdate found almost no strings: wrong source folder?";
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (m.type == u"vanished" || m.type == u"obsolete") {
            problems << QStringLiteral("no longer in the sources (run update_translations): ") + describe(m);
            continue;
        }
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1 (%2)").arg(describe(m), m.type);
            continue;
        }
        if (m.numerus && m.forms.size() != 2) // Italian: singular and plural
            problems << QStringLiteral("%1 numerus forms: ").arg(m.forms.size()) + describe(m);
        const QSet<QString> wanted = placeholders(m.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << QStringLiteral("empty translation: ") + describe(m);
            else if (placeholders(form) != wanted)
                problems << QStringLiteral("placeholders differ in \"%1\": ").arg(form) + describe(m);
            if (accelerator(m.source).isNull() != accelerator(form).isNull())
                problems << QStringLiteral("accelerator (&) missing or extra in \"%1\": ").arg(form) +
                                describe(m);
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

// English is the source language; its .ts only carries the plural forms of the %n strings.
TEST_F(TsCompletenessTest, EnglishHasBothPluralFormsOfEveryCount)
{
    const TsFile ts = updated(QStringLiteral("offer-migrator_en.ts"));
    EXPECT_EQ(ts.language, QStringLiteral("en"));
    QStringList problems;
    int numerus = 0;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus)
            continue;
        ++numerus;
        if (!m.type.isEmpty() || m.forms.size() != 2) {
            problems << QStringLiteral("%1 (%2, %3 forms)").arg(describe(m), m.type).arg(m.forms.size());
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() || form.contains(QStringLiteral("(s)")) ||
                placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("bad form \"%1\": ").arg(form) + describe(m);
        }
        // A source with "(s)" needs two different English forms; one like "%n failed" reads the same for
        // one and many in English (it is a numerus message for Italian: "%n non riuscita/e").
        if (m.source.contains(QStringLiteral("(s)"))) {
            EXPECT_NE(m.forms.at(0), m.forms.at(1)) << describe(m).toStdString();
        }
    }
    EXPECT_GT(numerus, 10);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

// A count shown next to a noun must go through tr(..., n) so each language can pick its plural.
TEST_F(TsCompletenessTest, CountedSourceStringsUsePluralForms)
{
    const TsFile ts = updated(QStringLiteral("offer-migrator_it.ts"));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus && m.source.contains(QStringLiteral("(s)")))
            problems << QStringLiteral("\"(s)\" without tr(..., n): ") + describe(m);
        if (m.numerus && !m.source.contains(QStringLiteral("%n")))
            problems << QStringLiteral("tr(..., n) without %n: ") + describe(m);
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

TEST(TsCatalogueTest, PlaceholdersAndAccelerators)
{
    EXPECT_EQ(placeholders(QStringLiteral("%1 of %n (%L2) 100%")),
              (QSet<QString>{QStringLiteral("%1"), QStringLiteral("%n"), QStringLiteral("%2")}));
    EXPECT_TRUE(placeholders(QStringLiteral("no placeholder")).isEmpty());
    EXPECT_EQ(accelerator(QStringLiteral("Se&ttings…")), QChar(u't'));
    EXPECT_EQ(accelerator(QStringLiteral("Tom && Jerry")), QChar());
    EXPECT_EQ(accelerator(QStringLiteral("A && B &Quit")), QChar(u'q'));
}

} // namespace
} // namespace om::test
