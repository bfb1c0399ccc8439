#pragma once

namespace om::cli {

// What every headless command exits with (README "Using it").
enum ExitCode
{
    Done = 0,        // done, or nothing left to do
    Failed = 1,      // not finished: see stderr; running again resumes
    Usage = 2,       // the command line is wrong
    NothingDone = 3, // dry run, declined, blocked or nothing to act on
};

} // namespace om::cli
