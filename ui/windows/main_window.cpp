#include "windows/main_window.h"

#include "canvas/canvas_legend.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "classroom/predict_controller.h"
#include "classroom/predict_setup.h"
#include "dialogs/capture_export_dialog.h"
#include "dialogs/properties_panel.h"
#include "document/lab_document.h"
#include "lab/lab_json.h"
#include "models/playback_clock.h"
#include "widgets/device_palette.h"
#include "windows/app_settings.h"
#include "windows/dns_setup.h"
#include "windows/dock_tabs.h"
#include "windows/export_setup.h"
#include "windows/help_setup.h"
#include "windows/inspector_setup.h"
#include "windows/lab_browser_setup.h"
#include "windows/lab_notes_setup.h"
#include "windows/lesson_setup.h"
#include "windows/playback_setup.h"
#include "windows/plots_setup.h"
#include "windows/presenter_mode.h"
#include "windows/recent_files.h"
#include "windows/sequence_setup.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace ww::ui {

namespace {

QString labFilter() {
    return MainWindow::tr("Wirewalk labs (*.json)");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , document_(new LabDocument(this))
    , scene_(new TopologyScene(document_, this))
    , view_(new TopologyView(scene_, this)) {
    setCentralWidget(view_);
    auto* palette = new DevicePalette(this);
    QDockWidget* paletteDock =
        addDock(tr("Devices"), QStringLiteral("paletteDock"), palette, Qt::LeftDockWidgetArea);
    connect(palette, &DevicePalette::kindActivated, this, [this](PaletteKind kind) {
        scene_->addDevice(kind, view_->mapToScene(view_->viewport()->rect().center()));
    });

    QDockWidget* propertiesDock =
        addDock(tr("Properties"), QStringLiteral("propertiesDock"),
                new PropertiesPanel(scene_, this), Qt::RightDockWidgetArea);
    resizeDocks({paletteDock, propertiesDock}, {170, 380}, Qt::Horizontal);
    playback_ = new PlaybackSetup(this, document_, scene_);
    connect(playback_, &PlaybackSetup::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    auto* inspector = new InspectorSetup(this, playback_);
    new SequenceSetup(this, playback_, inspector);
    new PlotsSetup(this, playback_);
    new DnsSetup(this, playback_, document_);
    new LabNotesSetup(this, document_);
    auto* predict = new classroom::PredictSetup(this, document_, scene_, playback_);
    presenter_ = new PresenterMode(this, scene_, view_, playback_);

    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    // Lessons (issue 12): File > Open Lesson…, the Lesson menu, the narration dock.
    auto* lessons = new LessonSetup(
        this, menuBar()->actions().constFirst()->menu(), playback_, inspector, scene_,
        [this](const lab::Lab& lab) { return maybeSave() && (showLab(lab), true); });
    connect(lessons, &LessonSetup::lessonFollowed, predict->controller(),
            &classroom::PredictController::setLesson);
    addHelpMenu(this);
    keepDockTabsReadable(this);
    connect(scene_, &TopologyScene::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(document_, &LabDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(document_, &LabDocument::filePathChanged, this, &MainWindow::updateTitle);
    updateTitle();
    statusBar()->showMessage(tr("Drag devices from the palette; Shift+drag or right-drag "
                                "from one device to another to cable them"));

    restoreLayout();
}

// A new key whenever docks are added: a layout saved without them would squeeze them into a
// corner (the Lab Notes, Lesson and Prediction docks came after "window/state").
const QString kDockLayoutKey = QStringLiteral("window/dockLayout2");

void MainWindow::restoreLayout() {
    const QSettings settings = appSettings();
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the screen, maximized where a window manager allows it.
        const QScreen* screen = QGuiApplication::primaryScreen();
        const QSize room = screen ? screen->availableSize() : QSize(1200, 760);
        resize(room.boundedTo(QSize(1600, 1000)) * 0.9);
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    const QByteArray state = settings.value(kDockLayoutKey).toByteArray();
    if (!restoreState(state)) {
        // No layout saved: the event list and the device tables share the bottom row 58:42,
        // set once the window has its size (the shells behind the tables' tab are empty).
        auto* events = findChild<QDockWidget*>(QStringLiteral("eventsDock"));
        auto* tables = findChild<QDockWidget*>(QStringLiteral("tablesDock"));
        if (events && tables)
            resizeDocks({events, tables}, {width() * 58 / 100, width() * 42 / 100}, Qt::Horizontal);
    }
    if (settings.value(QStringLiteral("presenter/active"), false).toBool())
        presenter_->startActive(state, geometry);
}

QDockWidget* MainWindow::addDock(const QString& title, const QString& objectName, QWidget* content,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::buildFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [this] {
        if (maybeSave())
            document_->newLab();
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    new LabBrowserSetup(this, file); // Open Built-in Lab…, the start page
    recent_ = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(recent_, &RecentFiles::fileChosen, this, [this](const QString& path) {
        if (maybeSave())
            openFile(path);
    });
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    QAction* saveAsAction =
        file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    // Platform themes without a Save As key (Qt's generic one on Linux) leave it empty.
    if (saveAsAction->shortcuts().isEmpty())
        saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    file->addAction(tr("Export &Capture…"), this, [this] {
        // The recording playback shows, frames dropped by clicking included.
        const auto run = playback_->clock()->run();
        if (!run) {
            QMessageBox::information(this, tr("Export Capture"),
                                     tr("Nothing to capture until the lab's problems are fixed."));
            return;
        }
        CaptureExportDialog dialog(run, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Capture written: %n file(s)", nullptr,
                                        static_cast<int>(dialog.writtenFiles().size())),
                                     6000);
    });
    new ExportSetup(this, file, document_, playback_); // Export View…, Export All Diagrams…
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::buildEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack* undo = document_->undoStack();
    QAction* undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    edit->addActions({undoAction, redoAction});
    edit->addSeparator();
    QList<QAction*> canvasActions{
        edit->addAction(tr("Cu&t"), QKeySequence::Cut, scene_, &TopologyScene::cutSelection),
        edit->addAction(tr("&Copy"), QKeySequence::Copy, scene_, &TopologyScene::copySelection),
        edit->addAction(tr("&Paste"), QKeySequence::Paste, scene_, &TopologyScene::paste),
        edit->addAction(tr("&Delete"), QKeySequence::Delete, scene_,
                        &TopologyScene::deleteSelection),
        edit->addAction(tr("Re&name"), QKeySequence(Qt::Key_F2), this,
                        [this] {
                            const QStringList selected = scene_->selectedDeviceNames();
                            if (selected.size() == 1)
                                scene_->beginRename(selected.front());
                        }),
        edit->addAction(tr("Select &All"), QKeySequence::SelectAll, scene_,
                        &TopologyScene::selectAllItems)};
    edit->addSeparator();

    // The two canvas modes, also on the toolbar.
    auto* modes = new QActionGroup(this);
    QAction* select = edit->addAction(tr("&Select and Move"));
    select->setShortcut(Qt::Key_S);
    QAction* link = edit->addAction(tr("&Link Devices"));
    link->setShortcut(Qt::Key_L);
    link->setToolTip(tr("Drag from one device to another to cable them"));
    for (QAction* a : {select, link}) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    select->setChecked(true);
    // These keys act on the canvas only: Del in the editor dock's table must
    // not delete the selected device, nor "L" typed in a field switch modes.
    canvasActions << select << link;
    for (QAction* a : canvasActions) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view_->addAction(a);
    }
    connect(select, &QAction::triggered, scene_,
            [this] { scene_->setMode(TopologyScene::Mode::Select); });
    connect(link, &QAction::triggered, scene_,
            [this] { scene_->setMode(TopologyScene::Mode::Link); });
    QToolBar* tools = addToolBar(tr("Canvas"));
    tools->setObjectName(QStringLiteral("canvasToolBar"));
    tools->addActions({undoAction, redoAction});
    tools->addSeparator();
    tools->addActions({select, link});
}

void MainWindow::buildViewMenu() {
    viewMenu_ = menuBar()->addMenu(tr("&View"));
    viewMenu_->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, view_, &TopologyView::zoomIn);
    viewMenu_->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, view_, &TopologyView::zoomOut);
    viewMenu_->addAction(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), view_,
                         &TopologyView::fitToView);
    viewMenu_->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1), view_,
                         &TopologyView::resetZoom);
    viewMenu_->addAction((new CanvasLegend(view_, scene_))->toggleAction());
    viewMenu_->addSeparator();
    viewMenu_->addAction(presenter_->action());
    viewMenu_->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        viewMenu_->addAction(dock->toggleViewAction());
}

void MainWindow::showLab(const lab::Lab& lab) {
    document_->reset(lab);
    view_->fitWhenShown();
}

const lab::Lab& MainWindow::currentLab() const {
    return document_->lab();
}

bool MainWindow::openFile(const QString& path) {
    QStringList problems;
    if (!document_->open(path, &problems)) {
        QMessageBox::warning(this, tr("Cannot open lab"),
                             tr("%1 could not be opened:\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), problems.join('\n')));
        return false;
    }
    recent_->add(path);
    view_->fitWhenShown();
    return true;
}

bool MainWindow::openBuiltinLab(const QString& name) {
    if (!maybeSave())
        return false;
    const lab::LoadResult loaded = lab::loadLab(QStringLiteral("builtin:") + name);
    if (!loaded.lab) {
        QMessageBox::warning(
            this, tr("Cannot open lab"),
            tr("%1 could not be opened:\n\n%2")
                .arg(QStringLiteral("builtin:") + name,
                     loaded.issues.empty() ? QString() : loaded.issues.front().message));
        return false;
    }
    showLab(*loaded.lab);
    return true;
}

void MainWindow::openDialog() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open lab"), QString(), labFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::confirmSaveWithProblems() {
    const QStringList problems = document_->problems();
    if (problems.isEmpty())
        return true;
    return QMessageBox::warning(this, tr("The lab has problems"),
                                tr("Wirewalk will not open this file until these are fixed:\n\n"
                                   "%1\n\nSave anyway?")
                                    .arg(problems.join('\n')),
                                QMessageBox::Save | QMessageBox::Cancel) == QMessageBox::Save;
}

bool MainWindow::save() {
    if (document_->filePath().isEmpty())
        return saveAs();
    if (!confirmSaveWithProblems())
        return false;
    QString error;
    if (!document_->save(&error)) {
        QMessageBox::warning(this, tr("Cannot save lab"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(document_->displayName()), 4000);
    return true;
}

bool MainWindow::saveAs() {
    const QString suggested = document_->filePath().isEmpty()
                                  ? QString::fromStdString(document_->lab().name) + ".json"
                                  : document_->filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save lab"), suggested, labFilter());
    if (path.isEmpty() || !confirmSaveWithProblems())
        return false;
    QString error;
    if (!document_->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save lab"), error);
        return false;
    }
    recent_->add(path);
    return true;
}

bool MainWindow::maybeSave() {
    if (!document_->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(document_->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::updateTitle() {
    // "[*]" is where Qt shows the modified mark (setWindowModified).
    setWindowTitle(tr("%1[*] — Wirewalk").arg(document_->displayName()));
    setWindowModified(document_->isModified());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings = appSettings();
    // The layout from before presenter mode: a restart in presenter mode
    // leaves it to the same window as before.
    settings.setValue(QStringLiteral("window/geometry"), presenter_->normalGeometry());
    settings.setValue(kDockLayoutKey, presenter_->normalState());
    event->accept();
}

} // namespace ww::ui
