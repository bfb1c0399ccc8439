#include "tests/i18n/TsCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace om::test {

namespace {

// Reads one <message> (the reader is on its start element) up to its end element.
TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

Result<TsFile> TsFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, file.errorString(), path);
    QXmlStreamReader xml(&file);
    TsFile ts;
    if (!xml.readNextStartElement() || xml.name() != u"TS")
        return Error::make(Error::Kind::Parse, QStringLiteral("not a .ts file"), path);
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                ts.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return Error::make(Error::Kind::Parse, xml.errorString(), path);
    return ts;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(n|[1-9][0-9]?)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found.insert(u'%' + m.captured(1));
    return found;
}

QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace om::test
