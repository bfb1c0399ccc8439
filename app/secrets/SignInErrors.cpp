#include "secrets/SignInErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace om::secrets::signin {

namespace {

// The translation context of these lines (lupdate reads it from the macro).
class SignInErrors
{
    Q_DECLARE_TR_FUNCTIONS(om::secrets::SignInErrors)
};

} // namespace

QString aadstsCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("AADSTS(\\d{5,9})"));
    const QRegularExpressionMatch match = code.match(text);
    return match.hasMatch() ? QStringLiteral("AADSTS") + match.captured(1) : QString();
}

QString advice(const QString &aadsts, const QString &oauthError)
{
    const QString number = aadsts.mid(6);
    if (number == u"50011")
        return SignInErrors::tr(
            "The app registration does not accept this app's redirect URI: in Entra ID, App "
            "registrations, your app, Authentication, add the platform \"Mobile and desktop "
            "applications\" with the redirect URI http://localhost.");
    if (number == u"65001" || number == u"90094" || number == u"650056")
        return SignInErrors::tr(
            "Nobody has consented to this app yet: in Entra ID, App registrations, your app, API "
            "permissions, add Partner Center user_impersonation and click \"Grant admin consent\".");
    if (number == u"700016")
        return SignInErrors::tr(
            "Entra ID does not know this application (client) id in this tenant: copy the id from "
            "the app registration's Overview page and check the tenant.");
    if (number == u"50076")
        return SignInErrors::tr(
            "Your organisation requires multi-factor authentication: sign in again and complete the "
            "MFA prompt.");
    if (number == u"50079")
        return SignInErrors::tr("This user must register a multi-factor authentication method first "
                                "(https://aka.ms/mfasetup), then sign in again.");
    if (number == u"7000218")
        return SignInErrors::tr(
            "The app registration does not allow public client flows: in Entra ID, your app, "
            "Authentication, set \"Allow public client flows\" to Yes.");
    if (number == u"90002")
        return SignInErrors::tr(
            "Entra ID has no such tenant in this cloud: check the tenant (directory id or a verified "
            "domain such as contoso.onmicrosoft.com) and the cloud (global or 21Vianet).");
    // The device authorization grant's own answers (RFC 8628 section 3.5; Entra's doc names the refusal
    // authorization_declined).
    if (oauthError == u"access_denied" || oauthError == u"authorization_declined")
        return SignInErrors::tr("The sign-in was declined in the browser. Run the sign-in again to retry.");
    if (oauthError == u"expired_token")
        return SignInErrors::tr(
            "The code expired before the sign-in was finished. Run the sign-in again for a new "
            "code.");
    if (oauthError == u"bad_verification_code")
        return SignInErrors::tr("The sign-in service does not know this device code. Run the sign-in again.");
    return {};
}

Error withAdvice(Error e)
{
    const QString code = aadstsCode(e.message);
    const QString line = advice(code, e.serviceCode);
    if (line.isEmpty())
        return e;
    e.message = code.isEmpty() ? line : line + QStringLiteral(" [") + code + QLatin1Char(']');
    return e;
}

QString partnerCenterAdvice(const Error &e)
{
    if (e.context.startsWith(u"sign-in"))
        return {}; // the token endpoint's 401 (a wrong client secret) is Entra's, not Partner Center's
    if (e.httpStatus == 401)
        return SignInErrors::tr(
            "Partner Center refused the sign-in (HTTP 401): sign in again with multi-factor "
            "authentication, as a user of this partner tenant.");
    if (e.httpStatus == 403 && e.serviceCode != u"900329" && e.serviceCode != u"900316")
        return SignInErrors::tr(
            "Partner Center refused this user (HTTP 403): a Partner Center admin must give it the "
            "Admin agent role (Account settings, User management), then sign in again.");
    return {};
}

QString describe(const Error &e)
{
    const QString partnerCenter = partnerCenterAdvice(e);
    if (!partnerCenter.isEmpty())
        return partnerCenter;
    return withAdvice(e).message;
}

} // namespace om::secrets::signin
