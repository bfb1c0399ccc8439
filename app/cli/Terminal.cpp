#include "cli/Terminal.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <QPointer>

#include <io.h>
#include <windows.h>
#endif

namespace om::cli {

namespace {

std::function<void()> &interruptHandler()
{
    static std::function<void()> handler;
    return handler;
}

#if defined(Q_OS_UNIX)
// SIGINT/SIGTERM -> a byte on a socket pair -> QSocketNotifier -> the handler on the event loop (the signal
// handler itself only calls write(), which is async-signal-safe).
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}
#elif defined(Q_OS_WIN)
// Runs on a thread of its own that Windows starts: only queue the handler to the event loop.
QPointer<QObject> g_context;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [] {
                if (g_context && interruptHandler())
                    interruptHandler()();
            },
            Qt::QueuedConnection);
        return TRUE;
    default:
        return FALSE;
    }
}
#endif

} // namespace

bool isInteractive(StandardStream stream)
{
    std::FILE *file = stream == StandardStream::Error ? stderr : stdout;
#if defined(Q_OS_UNIX)
    return ::isatty(::fileno(file)) != 0;
#elif defined(Q_OS_WIN)
    return ::_isatty(::_fileno(file)) != 0;
#else
    Q_UNUSED(file)
    return false;
#endif
}

bool onInterrupt(QObject *context, std::function<void()> handler)
{
    interruptHandler() = std::move(handler);
#if defined(Q_OS_UNIX)
    if (g_signalFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, []() {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        if (interruptHandler())
            interruptHandler()();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
#elif defined(Q_OS_WIN)
    g_context = context;
    return ::SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
#else
    Q_UNUSED(context)
    return false;
#endif
}

void restoreDefaultInterrupt()
{
    interruptHandler() = nullptr;
#if defined(Q_OS_UNIX)
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#elif defined(Q_OS_WIN)
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#endif
}

bool quitOnInterrupt(QObject *context)
{
    return onInterrupt(context, [] { QCoreApplication::quit(); });
}

} // namespace om::cli
