#include "partnercenter/PcLogging.h"

Q_LOGGING_CATEGORY(lcPartnerCenter, "om.pc", QtInfoMsg)
