#include "cli/Terminal.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
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

// Calls the handler through a copy: the handler may replace or clear itself (restoreDefaultInterrupt()).
void runInterruptHandler()
{
    const std::function<void()> handler = interruptHandler();
    if (handler)
        handler();
}

#if defined(Q_OS_UNIX)
// SIGINT/SIGTERM -> the signal's number as a byte on a socket pair -> QSocketNotifier -> the handler on the
// event loop (the signal handler itself only calls write(), which is async-signal-safe).
int g_signalFds[2] = {-1, -1};
// What SIGINT and SIGTERM did before onInterrupt() (ignored, for a background job, stays ignored).
struct sigaction g_previous[2] = {};
bool g_installed = false;

void onSignal(int signal)
{
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

void restorePrevious()
{
    if (!g_installed)
        return;
    ::sigaction(SIGINT, &g_previous[0], nullptr);
    ::sigaction(SIGTERM, &g_previous[1], nullptr);
    g_installed = false;
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
                if (g_context)
                    runInterruptHandler();
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
    if (g_signalFds[0] < 0) {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
            return false;
        ::fcntl(g_signalFds[1], F_SETFL, ::fcntl(g_signalFds[1], F_GETFL) | O_NONBLOCK);
    }
    char stale = 0; // a signal that came after the last handler was done with must not fire this one
    while (::read(g_signalFds[1], &stale, 1) > 0) {
    }
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, []() {
        char byte = 0;
        while (::read(g_signalFds[1], &byte, 1) > 0) {
            if (interruptHandler()) {
                runInterruptHandler();
                continue;
            }
            // A second interrupt that came before the first was handled: what the user asked for, at once.
            restorePrevious();
            ::raise(static_cast<unsigned char>(byte));
        }
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    struct sigaction previous[2] = {};
    if (::sigaction(SIGINT, nullptr, &previous[0]) != 0 || ::sigaction(SIGTERM, nullptr, &previous[1]) != 0)
        return false;
    if (!g_installed) {
        g_previous[0] = previous[0];
        g_previous[1] = previous[1];
    }
    // An interrupt the parent chose to ignore (a background job) stays ignored.
    const bool intIgnored = !g_installed && previous[0].sa_handler == SIG_IGN;
    g_installed = true;
    return (intIgnored || ::sigaction(SIGINT, &action, nullptr) == 0) &&
           ::sigaction(SIGTERM, &action, nullptr) == 0;
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
    restorePrevious();
#elif defined(Q_OS_WIN)
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#endif
}

bool quitOnInterrupt(QObject *context)
{
    return onInterrupt(context, [] { QCoreApplication::quit(); });
}

} // namespace om::cli
