// Temporary: compiles every public header of the batch area until their sources land.
#include "batch/BatchPlanner.h"
#include "batch/BatchRunner.h"
#include "batch/BatchStore.h"
#include "batch/BatchSummary.h"
