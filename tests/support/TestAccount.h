#pragma once

// The application (client) id the sign-in tests use.
//
// Every test process gets its own: the keychain tests of all suites share one gnome-keyring (ctest -j runs
// them side by side under one scripts/with-keyring.sh), and the keychain key is cloud + tenant + client id.
// With one fixed id, one process's sign-out removed the refresh token another was about to read (seen in
// CI: FirstStartTest waited 30 s for a token CliAccountTest had just signed out).

#include <QString>
#include <QUuid>

namespace om::test {

inline QString processClientId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

} // namespace om::test
