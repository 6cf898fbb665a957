// Reading exported files back in tests: the strings of an SVG's text layer, the
// pages of a PDF and the Unicode its fonts map to, the PNG's size.
#pragma once

#include "export/batch_export.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

namespace ww::test {

// Every <text> of the SVG (the invisible layer view_export.cpp writes), or
// {"<xml error>"} when it does not parse.
inline QStringList svgTexts(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("<cannot open>")};
    QXmlStreamReader xml(&file);
    QStringList out;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            out << xml.readElementText();
    }
    if (xml.hasError())
        return {QStringLiteral("<xml error> ") + xml.errorString()};
    return out;
}

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "/Type /Page" objects (not "/Pages").
inline int pdfPageCount(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// The characters the PDF's fonts map back to (their ToUnicode CMaps, inflated):
// what a text extractor such as pdftotext reads out of the PDF.
inline QSet<char32_t> pdfUnicode(const QByteArray& pdf) {
    QSet<char32_t> out;
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]{4,8})>"));
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream", at)) >= 0) {
        qsizetype begin = at + 6;
        if (pdf.mid(begin, 2) == "\r\n")
            begin += 2;
        else if (pdf.mid(begin, 1) == "\n")
            begin += 1;
        const qsizetype end = pdf.indexOf("endstream", begin);
        if (end < 0)
            break;
        at = end + 9;
        const QByteArray raw = pdf.mid(begin, end - begin);
        QByteArray text = raw; // Qt writes its CMaps plain; inflate zlib streams in case
        if (!raw.contains("begincmap") && raw.startsWith('\x78')) {
            QByteArray sized(4, '\0'); // qUncompress wants the size first; a guess is enough
            const auto guess = quint32(std::min<qsizetype>(raw.size() * 64 + 1024, 1 << 26));
            for (int i = 0; i < 4; ++i)
                sized[i] = char(guess >> (24 - 8 * i));
            text = qUncompress(sized + raw);
        }
        if (!text.contains("begincmap"))
            continue;
        // Targets of bfchar and bfrange entries: UTF-16 hex.
        const QString cmap = QString::fromLatin1(text);
        for (const auto& m : hex.globalMatch(cmap)) {
            const QString h = m.captured(1);
            for (int i = 0; i + 4 <= h.size(); i += 4)
                out.insert(char32_t(h.mid(i, 4).toUInt(nullptr, 16)));
        }
    }
    return out;
}

} // namespace ww::test
