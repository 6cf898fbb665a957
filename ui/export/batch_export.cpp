#include "export/batch_export.h"

#include "models/recorded_run.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>
#include <cmath>

namespace ww::exporting {

namespace {

bool writeText(const QString& path, const QString& text, QString* error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
        return true;
    *error = QCoreApplication::translate("BatchExport", "cannot write %1: %2")
                 .arg(path, file.errorString());
    return false;
}

QString indexHtml(const QString& labName, const BatchResult& result, ExportFormat format) {
    QString html;
    QTextStream s(&html);
    const QString heading =
        QCoreApplication::translate("BatchExport", "Diagrams of %1").arg(labName).toHtmlEscaped();
    s << "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" << heading
      << "</title>\n<style>body{font-family:sans-serif;margin:2em}"
         "figure{margin:0 0 2.5em 0}img{max-width:100%;border:1px solid #ddd}"
         "figcaption{margin:.4em 0}</style>\n</head>\n<body>\n<h1>"
      << heading << "</h1>\n";
    for (const WrittenPicture& w : result.written) {
        const QString file = w.file.toHtmlEscaped();
        s << "<figure id=\"" << file << "\">\n<figcaption><a href=\"" << file << "\">"
          << w.title.toHtmlEscaped() << "</a>";
        if (!w.label.isEmpty())
            s << " — " << w.label.toHtmlEscaped();
        s << "</figcaption>\n";
        if (format != ExportFormat::Pdf) // browsers show SVG and PNG inline
            s << "<img src=\"" << file << "\" alt=\"" << w.title.toHtmlEscaped() << "\">\n";
        s << "</figure>\n";
    }
    if (!result.problems.isEmpty()) {
        s << "<h2>" << QCoreApplication::translate("BatchExport", "Not drawn").toHtmlEscaped()
          << "</h2>\n<ul>\n";
        for (const QString& p : result.problems)
            s << "<li>" << p.toHtmlEscaped() << "</li>\n";
        s << "</ul>\n";
    }
    s << "</body>\n</html>\n";
    return html;
}

QString indexText(const BatchResult& result) {
    QString text;
    for (const WrittenPicture& w : result.written)
        text += w.file + '\t' + w.title + '\t' + w.label + '\n';
    return text;
}

} // namespace

QString formatSuffix(ExportFormat format) {
    switch (format) {
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool writePicture(const Picture& picture, ExportFormat format, const QString& path, double pngScale,
                  QString* error) {
    return inspector::exportView(picture.size, picture.paint, format, path, picture.title, error,
                                 pngScale);
}

BatchResult exportAll(const ViewCatalog& catalog, const ui::RecordedRun& run,
                      const QString& directory, ExportFormat format, double pngScale,
                      const BatchProgress& progress) {
    BatchResult result;
    const QDir dir(directory);
    if (!QDir().mkpath(directory)) {
        result.error = QCoreApplication::translate("BatchExport", "cannot create the folder %1")
                           .arg(directory);
        return result;
    }
    struct Job {
        const ViewEntry* entry;
        Variant variant;
    };
    std::vector<Job> jobs;
    for (const ViewEntry& entry : catalog.entries())
        for (Variant& v : ViewCatalog::variantsOf(entry, run))
            jobs.push_back({&entry, std::move(v)});

    QSet<QString> used; // two IDs that read the same once made safe must not share a file
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (progress && !progress(int(i), int(jobs.size()))) {
            result.error = QCoreApplication::translate("BatchExport", "cancelled");
            return result;
        }
        const Job& job = jobs[i];
        QString stem = fileStem(job.entry->key, job.variant.name);
        for (int n = 2; used.contains(stem.toLower()); ++n)
            stem =
                fileStem(job.entry->key, job.variant.name) + QLatin1Char('-') + QString::number(n);
        used.insert(stem.toLower());
        const QString file = stem + QLatin1Char('.') + formatSuffix(format);
        QString problem;
        const std::optional<Picture> picture =
            job.entry->picture(run, job.variant.options, &problem);
        if (!picture) {
            result.problems << QStringLiteral("%1: %2").arg(file, problem);
            continue;
        }
        if (format == ExportFormat::Png && pngScale > inspector::maxPngScale(picture->size)) {
            // One big picture must not cost the rest of the batch.
            result.problems << QCoreApplication::translate("BatchExport",
                                                           "%1: too large at scale %2 (at most %3)")
                                   .arg(file)
                                   .arg(pngScale)
                                   .arg(std::floor(inspector::maxPngScale(picture->size) * 10) /
                                        10);
            continue;
        }
        if (!writePicture(*picture, format, dir.filePath(file), pngScale, &result.error))
            return result;
        result.written.push_back({job.entry->key, file, picture->title, job.variant.label});
    }
    const QString labName = QString::fromStdString(run.lab().name);
    if (!writeText(dir.filePath(QStringLiteral("index.html")), indexHtml(labName, result, format),
                   &result.error))
        return result;
    writeText(dir.filePath(QStringLiteral("index.txt")), indexText(result), &result.error);
    return result;
}

} // namespace ww::exporting
