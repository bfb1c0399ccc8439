#include "cli/SandboxCommand.h"

#include "cli/Terminal.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/store/SandboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace om::cli {

namespace {

Error optionError(const QString &message)
{
    return Error::make(Error::Kind::Validation, message, QStringLiteral("sandbox options"));
}

// Reads a non-negative integer option; absent -> fallback.
Result<qint64> intOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 0 || value > max)
        return optionError(QStringLiteral("--%1 must be a whole number from 0 to %2").arg(name).arg(max));
    return value;
}

} // namespace

void addSandboxOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any free port)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay added to every reply."), QStringLiteral("N")},
        {QStringLiteral("rate-per-minute"),
         QStringLiteral("Requests per minute per partner tenant (0 = unlimited)."), QStringLiteral("N")},
        {QStringLiteral("faults"),
         QStringLiteral("Fault mix, e.g. 5xx=0.2,drop=0.05,truncate=0.02,malformed=0.02,slow=0.05:3000."),
         QStringLiteral("SPEC")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the fault sequence and the demo tenant."),
         QStringLiteral("N")},
        {QStringLiteral("customers"), QStringLiteral("Customers in the demo tenant."), QStringLiteral("N")},
        {QStringLiteral("token-lifetime"), QStringLiteral("Access token lifetime in seconds."),
         QStringLiteral("S")},
        {QStringLiteral("provisioning-delay-ms"), QStringLiteral("How long new subscriptions stay pending."),
         QStringLiteral("N")},
        {QStringLiteral("fixed-token"), QStringLiteral("Also accept this bearer token (app+user with MFA)."),
         QStringLiteral("TOKEN")},
    });
}

Result<om::sandbox::SandboxOptions> sandboxOptionsFrom(const QCommandLineParser &parser)
{
    om::sandbox::SandboxOptions options;
    const auto latency = intOption(parser, QStringLiteral("latency-ms"), options.latencyMs, 600000);
    if (!latency)
        return latency.error();
    options.latencyMs = int(latency.value());
    const auto rate = intOption(parser, QStringLiteral("rate-per-minute"), options.ratePerMinute, 1000000);
    if (!rate)
        return rate.error();
    options.ratePerMinute = int(rate.value());
    const auto seed = intOption(parser, QStringLiteral("seed"), options.seed, 0xffffffffLL);
    if (!seed)
        return seed.error();
    options.seed = quint32(seed.value());
    const auto customers = intOption(parser, QStringLiteral("customers"), options.customerCount, 100000);
    if (!customers)
        return customers.error();
    options.customerCount = int(customers.value());
    const auto lifetime =
        intOption(parser, QStringLiteral("token-lifetime"), options.accessTokenLifetimeSecs, 365LL * 86400);
    if (!lifetime)
        return lifetime.error();
    options.accessTokenLifetimeSecs = int(lifetime.value());
    const auto provisioning =
        intOption(parser, QStringLiteral("provisioning-delay-ms"), options.provisioningDelayMs, 86400000LL);
    if (!provisioning)
        return provisioning.error();
    options.provisioningDelayMs = provisioning.value();
    if (parser.isSet(QStringLiteral("faults"))) {
        const auto faults = om::sandbox::FaultSpec::parse(parser.value(QStringLiteral("faults")));
        if (!faults)
            return faults.error();
        options.faults = faults.value();
    }
    options.fixedAccessToken = parser.value(QStringLiteral("fixed-token"));
    return options;
}

int runSandboxCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the Partner Center sandbox (simulated API and sign-in) on 127.0.0.1 until Ctrl+C."));
    parser.addHelpOption();
    addSandboxOptions(parser);
    QStringList args = arguments;
    if (!args.isEmpty())
        args[0] = QStringLiteral("offer-migrator sandbox");
    if (!parser.parse(args)) {
        err << "offer-migrator sandbox: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "offer-migrator sandbox: unexpected argument '" << parser.positionalArguments().constFirst()
            << "'\n";
        return 2;
    }
    const auto port = intOption(parser, QStringLiteral("port"), 0, 65535);
    if (!port) {
        err << "offer-migrator sandbox: " << port.error().message << '\n';
        return 2;
    }
    const auto options = sandboxOptionsFrom(parser);
    if (!options) {
        err << "offer-migrator sandbox: " << options.error().message << '\n';
        return 2;
    }

    om::sandbox::SandboxHost host(options.value(), om::sandbox::SandboxHost::ClockMode::System);
    const Status started = host.start(quint16(port.value()));
    if (!started) {
        err << "offer-migrator sandbox: " << started.error().message << '\n';
        return 1;
    }
    QObject quitContext;
    if (!quitOnInterrupt(&quitContext))
        err << "offer-migrator sandbox: cannot watch Ctrl+C; stop the process some other way\n";

    const QString token =
        options->fixedAccessToken.isEmpty() ? host.issueAccessToken() : options->fixedAccessToken;
    out << host.baseUrl().toString() << '\n';
    out << "ready: partner tenant " << host.store().partnerTenantId() << ", " << options->customerCount
        << " customers, faults " << options->faults.toString() << ", access token " << token << '\n';
    out.flush();

    const int code = QCoreApplication::exec();
    err << "offer-migrator sandbox: stopped; " << host.server().counters().toString() << '\n';
    return code;
}

} // namespace om::cli
