#pragma once

#include "export/view_catalog.h"

#include <QObject>
#include <optional>

class QMainWindow;
class QMenu;

namespace ww::ui {

class LabDocument;
class PlaybackSetup;

// File > Export View… (Ctrl+E) and File > Export All Diagrams… (Ctrl+Shift+E):
// the views of the export catalog drawn from the current recording, with the
// devices where the canvas has them now and, for the topology, the frames of
// the playback moment on screen.
class ExportSetup : public QObject {
    Q_OBJECT
public:
    ExportSetup(QMainWindow* window, QMenu* fileMenu, LabDocument* document,
                PlaybackSetup* playback);

    // The catalog the GUI exports from: the built-in one with the topology drawn
    // from the document (moving a device does not re-record).
    const exporting::ViewCatalog& catalog() const { return catalog_; }
    // What Export View draws for `key` now (the inspected event, the playback moment).
    exporting::ViewOptions currentOptions(const QString& key) const;
    // The view the user is looking at: encapsulation when the layer view has the
    // focus and a story, else the topology.
    QString currentView() const;

public Q_SLOTS:
    void exportView();
    void exportAll();

private:
    QMainWindow* window_;
    LabDocument* document_;
    PlaybackSetup* playback_;
    exporting::ViewCatalog catalog_;
    std::optional<std::size_t> inspected_; // the event the inspector shows
};

} // namespace ww::ui
