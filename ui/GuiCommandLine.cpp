#include "ui/GuiCommandLine.h"

#include "ui/GuiSettings.h"

#include <QCommandLineParser>

namespace om::gui {

Result<GuiCommandLine> GuiCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("Run against the built-in Partner Center sandbox."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("User interface language."),
                                        QStringLiteral("en|it"));
    parser.addOption(sandboxOption);
    parser.addOption(langOption);
    if (!parser.parse(arguments))
        return Error::make(Error::Kind::Validation, parser.errorText(), QStringLiteral("command line"));
    if (!parser.positionalArguments().isEmpty()) {
        return Error::make(
            Error::Kind::Validation,
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()),
            QStringLiteral("command line"));
    }
    GuiCommandLine result;
    result.sandbox = parser.isSet(sandboxOption);
    if (parser.isSet(langOption)) {
        result.language = parser.value(langOption).toLower();
        if (!GuiSettings::supportedLanguages().contains(result.language)) {
            return Error::make(
                Error::Kind::Validation,
                QStringLiteral("unsupported language '%1' (use en or it)").arg(result.language),
                QStringLiteral("command line"));
        }
    }
    return result;
}

} // namespace om::gui
