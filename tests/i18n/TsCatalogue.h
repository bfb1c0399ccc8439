#pragma once

// Reads a Qt Linguist .ts file (the XML lupdate writes) into plain values, for the translation tests.

#include "common/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace om::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;      // disambiguation (tr's second argument)
    bool numerus = false; // tr(..., n): the translation has one form per plural rule
    QString type;         // "" (finished), "unfinished", "vanished" or "obsolete"
    QStringList forms;    // the translation; numerus: one entry per <numerusform>

    QString key() const { return context + u'|' + source + u'|' + comment; }
};

struct TsFile
{
    QString language; // the <TS language="..."> attribute
    QList<TsMessage> messages;

    static Result<TsFile> read(const QString &path);
};

// The placeholders of a text: "%1".."%99" and "%n" (an "%L1" counts as "%1").
QSet<QString> placeholders(const QString &text);

// The accelerator letter of a text ('&x', not '&&'), lower-cased; a null QChar when there is none.
QChar accelerator(const QString &text);

} // namespace om::test
