#include "sandbox/SandboxOptions.h"

#include <QStringList>

namespace om::sandbox {

namespace {

Error specError(const QString &message)
{
    return Error::make(Error::Kind::Validation, message, QStringLiteral("fault spec"));
}

} // namespace

Result<FaultSpec> FaultSpec::parse(const QString &spec)
{
    FaultSpec out;
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return out;
    const QStringList parts = trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return specError(QStringLiteral("'%1' is not kind=fraction").arg(part));
        const QString kind = part.left(eq).trimmed().toLower();
        QString value = part.mid(eq + 1).trimmed();
        int delayMs = -1;
        if (kind == QLatin1String("slow")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon >= 0) {
                bool ok = false;
                delayMs = value.mid(colon + 1).toInt(&ok);
                if (!ok || delayMs < 0)
                    return specError(QStringLiteral("'%1': the slow delay must be milliseconds").arg(part));
                value = value.left(colon);
            }
        }
        bool ok = false;
        const double fraction = value.toDouble(&ok);
        if (!ok || fraction < 0 || fraction > 1)
            return specError(QStringLiteral("'%1': the fraction must be between 0 and 1").arg(part));
        if (kind == QLatin1String("5xx"))
            out.serverError = fraction;
        else if (kind == QLatin1String("drop"))
            out.drop = fraction;
        else if (kind == QLatin1String("truncate"))
            out.truncate = fraction;
        else if (kind == QLatin1String("malformed"))
            out.malformed = fraction;
        else if (kind == QLatin1String("slow")) {
            out.slow = fraction;
            if (delayMs >= 0)
                out.slowDelayMs = delayMs;
        } else {
            return specError(
                QStringLiteral("unknown fault '%1' (use 5xx, drop, truncate, malformed, slow)").arg(kind));
        }
    }
    if (out.serverError + out.drop + out.truncate + out.malformed + out.slow > 1.0 + 1e-9)
        return specError(QStringLiteral("the fractions add up to more than 1"));
    return out;
}

QString FaultSpec::toString() const
{
    if (!any())
        return QStringLiteral("none");
    QStringList parts;
    const auto add = [&parts](const char *name, double fraction) {
        if (fraction > 0)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(name)).arg(fraction);
    };
    add("5xx", serverError);
    add("drop", drop);
    add("truncate", truncate);
    add("malformed", malformed);
    if (slow > 0)
        parts << QStringLiteral("slow=%1:%2").arg(slow).arg(slowDelayMs);
    return parts.join(QLatin1Char(','));
}

} // namespace om::sandbox
