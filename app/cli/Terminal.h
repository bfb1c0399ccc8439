#pragma once

#include <functional>

class QObject;

namespace om::cli {

// The few things the headless commands ask of the console, with the POSIX and the Windows answer in one
// place (Terminal.cpp), so the rest of app/ uses only Qt and the C++ standard library.
enum class StandardStream
{
    Output,
    Error,
};

// True when the stream is an interactive terminal (a progress line may be rewritten in place), false for
// a file or a pipe.
bool isInteractive(StandardStream stream);

// Ctrl+C (SIGINT), SIGTERM, or on Windows Ctrl+C, Ctrl+Break and closing the console, call `handler` on
// the event loop instead of killing the process, each time, for as long as `context` lives (one handler at
// a time: the last installed). False when the platform would not install it.
bool onInterrupt(QObject *context, std::function<void()> handler);
// What the process did before onInterrupt() again (normally: the next interrupt ends it at once).
void restoreDefaultInterrupt();
// onInterrupt() with QCoreApplication::quit().
bool quitOnInterrupt(QObject *context);

} // namespace om::cli
