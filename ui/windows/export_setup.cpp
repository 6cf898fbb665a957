#include "windows/export_setup.h"

#include "document/lab_document.h"
#include "export/batch_export.h"
#include "export/export_dialog.h"
#include "export/topology_picture.h"
#include "inspector/encapsulation_story.h"
#include "models/playback_clock.h"
#include "models/recorded_run.h"
#include "views/event_list_view.h"
#include "windows/playback_setup.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace ww::ui {

namespace {

QString documentsFolder() {
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

} // namespace

ExportSetup::ExportSetup(QMainWindow* window, QMenu* fileMenu, LabDocument* document,
                         PlaybackSetup* playback)
    : QObject(window)
    , window_(window)
    , document_(document)
    , playback_(playback)
    , catalog_(exporting::ViewCatalog::builtin()) {
    if (const exporting::ViewEntry* topology = catalog_.find(QStringLiteral("topology"))) {
        exporting::ViewEntry fromDocument = *topology;
        fromDocument.picture = [document](const RecordedRun& run,
                                          const exporting::ViewOptions& options, QString* problem) {
            return exporting::topologyPictureOf(document->lab(), &run, options, problem);
        };
        catalog_.add(std::move(fromDocument));
    }
    // The event the inspector opened (InspectorSetup follows the same signal).
    connect(playback_->eventList(), &EventListView::eventActivated, this, [this](int index) {
        const RecordedRun* run = playback_->clock()->run().get();
        if (run && index >= 0 && inspector::pduOf(*run, std::size_t(index)))
            inspected_ = std::size_t(index);
    });
    connect(playback_->clock(), &PlaybackClock::runChanged, this, [this] { inspected_.reset(); });

    QAction* one = fileMenu->addAction(tr("Export &View…"), this, &ExportSetup::exportView);
    one->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    one->setObjectName(QStringLiteral("exportViewAction"));
    QAction* all = fileMenu->addAction(tr("Export All &Diagrams…"), this, &ExportSetup::exportAll);
    all->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    all->setObjectName(QStringLiteral("exportAllAction"));
}

exporting::ViewOptions ExportSetup::currentOptions(const QString& key) const {
    exporting::ViewOptions options;
    const exporting::ViewEntry* entry = catalog_.find(key);
    if (!entry)
        return options;
    if ((entry->options & exporting::kEvent) && inspected_)
        options.event = *inspected_;
    // The moment playback shows, once it has moved (at 0 with nothing done the canvas is still).
    const PlaybackClock* clock = playback_->clock();
    if ((entry->options & exporting::kUntil) && (clock->time() > 0 || clock->appliedEvents() > 0))
        options.until = clock->time();
    return options;
}

QString ExportSetup::currentView() const {
    const QWidget* focus = QApplication::focusWidget();
    for (const QWidget* w = focus; w; w = w->parentWidget())
        if (w->objectName() == QLatin1String("layersDock") && inspected_)
            return QStringLiteral("encapsulation");
    return QStringLiteral("topology");
}

void ExportSetup::exportView() {
    const auto run = playback_->clock()->run();
    if (!run) {
        QMessageBox::information(window_, tr("Export View"),
                                 tr("Nothing to draw until the lab's problems are fixed."));
        return;
    }
    const QString view = currentView();
    const QString name =
        exporting::fileStem(QString::fromStdString(document_->lab().name), view) + ".svg";
    exporting::ExportDialog dialog(exporting::ExportDialog::Mode::View, catalog_, view,
                                   QDir(documentsFolder()).filePath(name), window_);
    dialog.setWriter([this, run](const exporting::ExportDialog& d) {
        const exporting::ViewEntry* entry = catalog_.find(d.viewKey());
        if (!entry)
            return tr("No such view: %1").arg(d.viewKey());
        QString problem;
        const auto picture = entry->picture(*run, currentOptions(d.viewKey()), &problem);
        if (!picture)
            return problem;
        QString error;
        exporting::writePicture(*picture, d.format(), d.path(), d.pngScale(), &error);
        return error;
    });
    if (dialog.exec() == QDialog::Accepted)
        window_->statusBar()->showMessage(
            tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())), 6000);
}

void ExportSetup::exportAll() {
    const auto run = playback_->clock()->run();
    if (!run) {
        QMessageBox::information(window_, tr("Export All Diagrams"),
                                 tr("Nothing to draw until the lab's problems are fixed."));
        return;
    }
    const QString folder =
        QDir(documentsFolder())
            .filePath(
                exporting::fileStem(QString::fromStdString(document_->lab().name), QString()) +
                QStringLiteral("-diagrams"));
    exporting::ExportDialog dialog(exporting::ExportDialog::Mode::All, catalog_, QString(), folder,
                                   window_);
    int written = 0;
    dialog.setWriter([this, run, &written](const exporting::ExportDialog& d) {
        QProgressDialog progress(tr("Drawing the diagrams…"), tr("Cancel"), 0, 1, window_);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        const exporting::BatchResult result = exporting::exportAll(
            catalog_, *run, d.path(), d.format(), d.pngScale(), [&progress](int done, int total) {
                progress.setMaximum(total);
                progress.setValue(done);
                return !progress.wasCanceled();
            });
        written = int(result.written.size());
        if (!result.error.isEmpty())
            return result.error;
        if (!result.problems.isEmpty())
            return tr("Not drawn:\n%1").arg(result.problems.join('\n'));
        return QString();
    });
    if (dialog.exec() == QDialog::Accepted)
        window_->statusBar()->showMessage(tr("Exported %n diagram(s) to %1", nullptr, written)
                                              .arg(QDir::toNativeSeparators(dialog.path())),
                                          6000);
}

} // namespace ww::ui
