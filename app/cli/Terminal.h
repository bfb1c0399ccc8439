#pragma once

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

// Ctrl+C (SIGINT), SIGTERM, or on Windows Ctrl+C, Ctrl+Break and closing the console, end the event loop
// with QCoreApplication::quit() instead of killing the process. The handler lives as long as `context`.
// False when the platform would not install it.
bool quitOnInterrupt(QObject *context);

} // namespace om::cli
