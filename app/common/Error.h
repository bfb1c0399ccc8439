#pragma once

#include <QString>

namespace om {

// An error as a value: what went wrong, where, and what Partner Center said about it.
// Never carries a secret: callers pass request descriptions without tokens or codes.
struct Error
{
    enum class Kind
    {
        Network,    // connection refused, dropped, TLS
        Timeout,    // no answer in time
        Http,       // an unexpected HTTP status with or without an error body
        Throttled,  // 429 after the retries allowed
        Auth,       // 401/403, no token, expired sign-in
        Parse,      // malformed JSON or a missing/mistyped field
        Validation, // a request we refuse to send, or a plan check
        NotFound,
        Conflict, // 409, 412 or a stale etag
        Storage,  // journal, cache, report file
        Keychain,
        Cancelled,
        Internal,
    };

    Kind kind = Kind::Internal;
    QString message;     // one sentence a person can act on
    QString context;     // what we were doing: "GET /v1/customers", "journal open"
    int httpStatus = 0;  // 0 when no HTTP answer
    QString serviceCode; // Partner Center error code as text ("60012"), may be empty

    static Error make(Kind kind, QString message, QString context = {});

    // "GET /v1/customers: HTTP 400 (code 60012): We are sorry..."
    QString toString() const;
    static QString kindName(Kind kind);
};

} // namespace om
