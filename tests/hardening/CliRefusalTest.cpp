// The headless binary refuses an API base it would leak tokens to: one line, exit code 2 (usage),
// before any request or sign-in. Runs the real offer-migrator (QProcess) as a script would.
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray err;
};

ProcessResult runMigrator(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OFFER_MIGRATOR_ACCESS_TOKEN"), QStringLiteral("hardening-secret-token"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OM_MIGRATOR_BINARY), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return ProcessResult{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                         p.readAllStandardError()};
}

} // namespace

TEST(CliRefusal, NonLoopbackPlainHttpOrCredentialsInTheApiBaseAreRefused)
{
    struct Case
    {
        const char *base;
        const char *says;
    };
    for (const Case &c :
         {Case{"http://example.invalid", "refusing plain http to example.invalid"},
          Case{"http://192.0.2.7:8080", "refusing plain http to 192.0.2.7"},
          Case{"ftp://127.0.0.1", "only https is allowed"},
          Case{"https://user:pw@example.invalid", "must not contain a user name or password"}}) {
        const ProcessResult run = runMigrator({QStringLiteral("scan"), QStringLiteral("--api-base"),
                                               QString::fromLatin1(c.base), QStringLiteral("--no-cache")});
        EXPECT_EQ(run.exitCode, 2) << c.base << " " << run.err.constData();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.constData();
        EXPECT_TRUE(run.err.contains(c.says)) << run.err.constData();
        EXPECT_FALSE(run.err.contains("hardening-secret-token"));
        EXPECT_FALSE(run.err.contains("pw@"));
    }
}
