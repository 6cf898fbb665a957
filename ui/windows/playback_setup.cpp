#include "windows/playback_setup.h"

#include "canvas/playback_overlay.h"
#include "canvas/topology_scene.h"
#include "document/lab_document.h"
#include "models/background_recording.h"
#include "models/playback_clock.h"
#include "models/recorded_run.h"
#include "models/run_recorder.h"
#include "views/device_tables_widget.h"
#include "views/event_list_view.h"
#include "widgets/playback_toolbar.h"
#include "windows/app_settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace ww::ui {

namespace {

// What the engine sees: positions only place icons.
lab::Lab withoutPositions(lab::Lab lab) {
    for (auto& d : lab.devices)
        d.x = d.y = 0;
    return lab;
}

QDockWidget* dock(QMainWindow* window, const QString& title, const QString& name, QWidget* w,
                  Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(title, window);
    d->setObjectName(name);
    d->setWidget(w);
    window->addDockWidget(area, d);
    return d;
}

} // namespace

PlaybackSetup::PlaybackSetup(QMainWindow* window, LabDocument* document, TopologyScene* scene)
    : QObject(window)
    , document_(document)
    , clock_(new PlaybackClock(this))
    , overlay_(new PlaybackOverlay(
          scene, clock_, [scene](int link) { return scene->linkLine(link); },
          [scene](const QString& device) { return scene->devicePosition(device); }, this))
    , toolbar_(new PlaybackToolbar(clock_, window))
    , events_(new EventListView(clock_, window))
    , tables_(new DeviceTablesWidget(clock_, window))
    , pending_(new QTimer(this)) {
    toolbar_->setObjectName(QStringLiteral("playbackToolBar"));
    window->addToolBar(Qt::BottomToolBarArea, toolbar_);
    QDockWidget* list =
        dock(window, tr("Events"), QStringLiteral("eventsDock"), events_, Qt::BottomDockWidgetArea);
    QDockWidget* tables = dock(window, tr("Device tables"), QStringLiteral("tablesDock"), tables_,
                               Qt::BottomDockWidgetArea);
    window->splitDockWidget(list, tables, Qt::Horizontal);

    // Left and Right step through what the event list shows, not through the
    // events its filters hide (which would look like nothing happened).
    QAction* back = toolbar_->stepBackAction();
    QAction* forward = toolbar_->stepForwardAction();
    disconnect(back, &QAction::triggered, clock_, nullptr);
    disconnect(forward, &QAction::triggered, clock_, nullptr);
    for (auto [action, direction] : {std::pair{back, -1}, std::pair{forward, 1}})
        connect(action, &QAction::triggered, this, [this, direction = direction] {
            if (const int skipped = events_->stepVisible(direction); skipped > 0)
                Q_EMIT message(tr("Passed over %n event(s) the list hides (tick \"%1\" or "
                                  "clear the filters to step through them)",
                                  nullptr, skipped)
                                   .arg(events_->detailsBox()->text()));
        });

    // The speed a teacher chose stays chosen (only the toolbar's values).
    const double speed = appSettings().value(QStringLiteral("playback/speed"), 0.0).toDouble();
    if (toolbar_->speedCombo()->findData(speed) >= 0)
        clock_->setSpeed(speed);
    connect(clock_, &PlaybackClock::speedChanged, this,
            [](double value) { appSettings().setValue(QStringLiteral("playback/speed"), value); });

    // Click a frame in flight: the engine re-simulates with that frame lost.
    connect(overlay_, &PlaybackOverlay::dropRequested, this,
            [this](quint64 frameId) { dropFrame(frameId); });
    // Selecting a device on the canvas shows its tables.
    connect(scene, &QGraphicsScene::selectionChanged, this, [this, scene] {
        const QStringList names = scene->selectedDeviceNames();
        if (names.size() != 1 || !clock_->run())
            return;
        const lab::Lab& lab = document_->lab();
        for (std::size_t i = 0; i < lab.devices.size(); ++i)
            if (QString::fromStdString(lab.devices[i].name) == names.front())
                tables_->setDevice(static_cast<DeviceId>(i));
    });

    // A long recording goes on in a worker thread: its progress and a way out.
    progress_ = new QProgressBar(window);
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(220);
    progress_->setFormat(tr("Recording %p%"));
    progress_->hide();
    cancel_ = new QToolButton(window);
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop recording this lab (playback stays off until it is recorded)"));
    cancel_->hide();
    window->statusBar()->addPermanentWidget(progress_);
    window->statusBar()->addPermanentWidget(cancel_);
    connect(cancel_, &QToolButton::clicked, this, [this] {
        if (background_)
            background_->cancel();
    });
    progressTimer_ = new QTimer(this);
    progressTimer_->setInterval(100);
    connect(progressTimer_, &QTimer::timeout, this, [this] {
        if (background_)
            progress_->setValue(static_cast<int>(background_->progress() * 1000));
    });

    // Several signals come from one edit: record once, after them.
    pending_->setSingleShot(true);
    pending_->setInterval(0);
    connect(pending_, &QTimer::timeout, this, &PlaybackSetup::record);
    for (auto signal : {&LabDocument::labChanged, &LabDocument::scenarioChanged})
        connect(document_, signal, this, &PlaybackSetup::scheduleRecord);
    connect(document_, &LabDocument::deviceChanged, this, &PlaybackSetup::scheduleRecord);
    connect(document_, &LabDocument::linkChanged, this, &PlaybackSetup::scheduleRecord);
    record();
}

void PlaybackSetup::scheduleRecord() {
    pending_->start();
}

void PlaybackSetup::record() {
    lab::Lab simulated = withoutPositions(document_->lab());
    if (recorded_ && *recorded_ == simulated)
        return; // a move, or nothing the engine would see
    const bool wasPlaying = clock_->isPlaying() || clock_->time() > 0;
    clock_->pause();
    stopBackground(); // a recording of the lab as it was is of no use
    if (!document_->problems().isEmpty()) {
        clock_->setRun(nullptr);
        recorded_.reset();
        Q_EMIT message(tr("Playback is off until the lab's problems are fixed"));
        return;
    }
    auto recorder =
        std::make_unique<RunRecorder>(document_->lab(), seed_, std::set<std::uint64_t>{}, budget_);
    const bool changed = recorded_.has_value();
    recorded_ = std::move(simulated);
    if (recorder->advance(kForegroundEvents)) {
        show(std::make_shared<const RecordedRun>(recorder->finish()));
        clock_->restart();
        if (changed && wasPlaying)
            Q_EMIT message(tr("The lab changed: playback starts again from the beginning"));
        return;
    }
    // A long run: the rest in a worker thread, the window stays usable. Nothing of
    // the previous recording stays on show meanwhile.
    clock_->setRun(nullptr);
    recordInBackground(std::move(recorder), wasPlaying);
    Q_EMIT message(tr("Recording the lab…"));
}

void PlaybackSetup::dropFrame(std::uint64_t frameId) {
    const std::shared_ptr<const RecordedRun> shown = clock_->run();
    if (!shown)
        return;
    const bool wasPlaying = clock_->isPlaying();
    clock_->pause();
    stopBackground(); // a drop clicked while another is recorded replaces it
    auto losses = shown->forcedLosses();
    losses.insert(frameId);
    auto recorder =
        std::make_unique<RunRecorder>(shown->lab(), shown->seed(), losses, shown->budget());
    if (recorder->advance(kForegroundEvents)) {
        show(std::make_shared<const RecordedRun>(recorder->finish()));
        if (wasPlaying)
            clock_->play();
        Q_EMIT message(
            tr("Frame %1 dropped: what follows is simulated again without it").arg(frameId));
        return;
    }
    // The run shown stays on show (paused) until the new one replaces it.
    dropping_ = frameId;
    recordInBackground(std::move(recorder), wasPlaying);
    Q_EMIT message(tr("Simulating again without frame %1…").arg(frameId));
}

void PlaybackSetup::recordInBackground(std::unique_ptr<RunRecorder> recorder, bool wasPlaying) {
    background_ = new BackgroundRecording(std::move(recorder), this);
    connect(background_, &BackgroundRecording::finished, this,
            [this, wasPlaying](std::shared_ptr<const RecordedRun> run) {
                backgroundEnded(std::move(run), wasPlaying);
            });
    connect(background_, &BackgroundRecording::cancelled, this,
            [this] { backgroundEnded(nullptr, false); });
    progress_->setValue(static_cast<int>(background_->progress() * 1000));
    progress_->show();
    cancel_->show();
    progressTimer_->start();
}

void PlaybackSetup::stopBackground() {
    dropping_.reset();
    progressTimer_->stop();
    progress_->hide();
    cancel_->hide();
    delete background_; // cancels and waits for its worker
    background_ = nullptr;
}

void PlaybackSetup::backgroundEnded(std::shared_ptr<const RecordedRun> run, bool wasPlaying) {
    const std::optional<std::uint64_t> dropped = dropping_;
    background_->deleteLater();
    background_ = nullptr;
    stopBackground();
    if (dropped) {
        if (!run) {
            Q_EMIT message(tr("Drop cancelled: frame %1 goes through as before").arg(*dropped));
            return;
        }
        show(std::move(run));
        if (wasPlaying)
            clock_->play();
        Q_EMIT message(
            tr("Frame %1 dropped: what follows is simulated again without it").arg(*dropped));
        return;
    }
    if (!run) {
        recorded_.reset(); // the next edit, or Record again, starts over
        Q_EMIT message(tr("Recording cancelled: playback is off until the lab is recorded"));
        return;
    }
    show(std::move(run));
    clock_->restart();
    if (wasPlaying)
        Q_EMIT message(tr("The lab changed: playback starts again from the beginning"));
    else
        Q_EMIT message(
            tr("Recorded: %n event(s)", nullptr, static_cast<int>(clock_->run()->events().size())));
}

} // namespace ww::ui

namespace ww::ui {

void PlaybackSetup::setBudget(RunBudget budget) {
    budget_ = budget;
    recorded_.reset();
    record();
}

void PlaybackSetup::show(std::shared_ptr<const RecordedRun> run) {
    const std::optional<BudgetStop> stop = run->budgetStop();
    clock_->setRun(std::move(run));
    if (!stop)
        return;
    const QString at = QString::number(timeToSeconds(stop->at), 'f', 6);
    const QString text =
        stop->kind == BudgetKind::Events
            ? tr("The simulation stopped at %1 s: it reached its budget of %2 events. A lab "
                 "this busy usually has a loop or a storm (a switching loop, a routing loop, "
                 "very many repetitions). Playback shows what happened up to the stop.")
                  .arg(at)
                  .arg(stop->limit)
            : tr("The simulation stopped at %1 s: the packets and events it held reached %2 MiB, "
                 "over its memory budget of %3 MiB. Playback shows what happened up to the stop.")
                  .arg(at)
                  .arg(stop->reached >> 20)
                  .arg(stop->limit >> 20);
    Q_EMIT budgetStopped(text);
    if (budgetDialog_)
        budgetDialog_->close();
    auto* window = qobject_cast<QWidget*>(parent());
    budgetDialog_ = new QMessageBox(QMessageBox::Warning, tr("Simulation stopped"), text,
                                    QMessageBox::Ok, window);
    budgetDialog_->setAttribute(Qt::WA_DeleteOnClose);
    // Past the recording's budget: the teacher decides whether to record it all
    // (up to the command line's larger budget, in the worker thread).
    const RunBudget all;
    if (budget_.maxEvents < all.maxEvents || budget_.maxBytes < all.maxBytes) {
        budgetDialog_->setInformativeText(
            tr("Record everything? That can take a while and up to %1 MiB of memory.")
                .arg(all.maxBytes >> 20));
        QPushButton* more =
            budgetDialog_->addButton(tr("Record everything"), QMessageBox::AcceptRole);
        more->setObjectName(QStringLiteral("recordEverything"));
        connect(more, &QPushButton::clicked, this, [this, all] { setBudget(all); });
        budgetDialog_->setEscapeButton(QMessageBox::Ok); // closing it keeps the stop
    }
    // Not exec() and not modal: the window stays usable (this may run before it is shown).
    budgetDialog_->setWindowModality(Qt::NonModal);
    budgetDialog_->show();
}

} // namespace ww::ui
