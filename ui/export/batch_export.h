#pragma once

#include "export/view_catalog.h"
#include "inspector/view_export.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace ww::ui {
class RecordedRun;
}

namespace ww::exporting {

using inspector::ExportFormat;

QString formatSuffix(ExportFormat format); // "svg", "png", "pdf"

// Writes `picture` to `path` (inspector::exportView: atomic, PNG at pngScale).
bool writePicture(const Picture& picture, ExportFormat format, const QString& path, double pngScale,
                  QString* error);

struct WrittenPicture {
    QString key;   // the view
    QString file;  // name inside the folder, e.g. "sequence-tcp-10.0.1.10-49152-10.0.2.20-80.svg"
    QString title; // the picture's title
    QString label; // the variant, e.g. the conversation ID ("" for a view's only picture)
};

struct BatchResult {
    std::vector<WrittenPicture> written;
    QStringList problems; // pictures that could not be drawn: "file: why"
    QString error;        // a file or the folder could not be written (then the batch stopped)
    bool ok() const { return error.isEmpty() && problems.isEmpty(); }
};

// Called before each picture: (done, total); false cancels the batch.
using BatchProgress = std::function<bool(int done, int total)>;

// `wirewalk export --all`: every view of `catalog` in every variant it has in
// `run`, as DIR/<fileStem>.<format>, then DIR/index.html (titles, links and the
// pictures themselves) and DIR/index.txt (one "file<TAB>title<TAB>variant" line
// each), both in catalog and variant order, so a second export names the same files.
BatchResult exportAll(const ViewCatalog& catalog, const ui::RecordedRun& run,
                      const QString& directory, ExportFormat format, double pngScale,
                      const BatchProgress& progress = {});

} // namespace ww::exporting
