#include "secrets/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace om::secrets::pkce {

namespace {

constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int kUnreservedCount = int(sizeof(kUnreserved)) - 1; // 66
constexpr int kMinLength = 43;
constexpr int kMaxLength = 128;

const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray makeVerifier(int length)
{
    length = std::clamp(length, kMinLength, kMaxLength);
    QByteArray verifier;
    verifier.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        verifier.append(kUnreserved[random->bounded(kUnreservedCount)]);
    return verifier;
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

bool isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < kMinLength || verifier.size() > kMaxLength)
        return false;
    const QByteArray allowed = QByteArray::fromRawData(kUnreserved, kUnreservedCount);
    return std::all_of(verifier.begin(), verifier.end(), [&](char c) { return allowed.contains(c); });
}

QByteArray makeState()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return bytes.toBase64(kBase64Url);
}

} // namespace om::secrets::pkce
