#pragma once

#include <QByteArray>
#include <QString>

namespace om::secrets {

// PKCE (RFC 7636) and the OAuth `state` value. Qt 6.4's QtNetworkAuth has no PKCE, so the sign-in
// flow adds these parameters itself. Random bytes come from QRandomGenerator::system() (the OS CSPRNG).
namespace pkce {

// A fresh code verifier: `length` characters (clamped to 43..128) of the unreserved set [A-Za-z0-9-._~].
QByteArray makeVerifier(int length = 64);

// S256 challenge: base64url (no padding) of SHA-256 of the verifier's ASCII bytes.
QByteArray challengeS256(const QByteArray &verifier);

// True when `verifier` has 43..128 characters, all from the unreserved set.
bool isValidVerifier(const QByteArray &verifier);

// An unguessable `state` (32 random bytes, base64url) that ties the browser's answer to this sign-in.
QByteArray makeState();

} // namespace pkce
} // namespace om::secrets
