#include "journal/JournalNotifier.h"

namespace om::journal {

JournalNotifier::JournalNotifier(QObject *parent)
    : QObject(parent)
{}

JournalNotifier::~JournalNotifier() = default;

} // namespace om::journal
