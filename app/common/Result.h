#pragma once

#include "common/Error.h"

#include <optional>
#include <utility>

namespace om {

// Either a value or an Error. No exceptions cross signals or threads in this project.
// [[nodiscard]]: a Result or Status nobody looks at is a journal write or a call whose failure went
// unnoticed; cast to (void) only where failing is harmless, and say why.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::optional
        : m_value(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only on an ok() Result (asserted in debug builds).
    const T &value() const &
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }
    T take()
    {
        Q_ASSERT(m_value.has_value());
        return std::move(*m_value);
    }
    const T *operator->() const
    {
        Q_ASSERT(m_value.has_value());
        return &*m_value;
    }
    T *operator->()
    {
        Q_ASSERT(m_value.has_value());
        return &*m_value;
    }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace om
