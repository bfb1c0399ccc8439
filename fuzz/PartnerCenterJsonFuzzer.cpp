// libFuzzer target over every JSON answer the client parses (issue 7): the Partner Center resources
// of partnercenter/Parsers.h, paged collections with their continuation links, ApiFault/APIM error
// bodies, Retry-After values, the token endpoint's answers and the bundled offer catalogue. The input
// layout is in JsonFuzzDispatch.h. Every parser must return a value or an om::Error: any crash,
// sanitizer report, timeout or leak is a bug.

#include "JsonFuzzDispatch.h"

#include <QLoggingCategory>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int * /*argc*/, char *** /*argv*/)
{
    // Keep any debug logging of the parsers off the fuzzer's output.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)om::fuzz::parseFuzzInput(
        QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
