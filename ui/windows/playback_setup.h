#pragma once

#include "lab/lab.h"
#include "net/network.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QMainWindow;
class QProgressBar;
class QTimer;
class QToolButton;

namespace ww::ui {

class BackgroundRecording;
class EventListView;
class DeviceTablesWidget;
class LabDocument;
class PlaybackClock;
class PlaybackOverlay;
class PlaybackToolbar;
class RecordedRun;
class RunRecorder;
class TopologyScene;

// Puts playback into a main window: the clock, the overlay on the canvas, the
// toolbar, the event list and device tables docks; keeps the recording in step
// with the document. An edit that changes what the lab simulates re-records it and
// restarts playback (with a message); moving a device does not.
class PlaybackSetup : public QObject {
    Q_OBJECT
public:
    PlaybackSetup(QMainWindow* window, LabDocument* document, TopologyScene* scene);

    PlaybackClock* clock() const { return clock_; }
    PlaybackOverlay* overlay() const { return overlay_; }
    PlaybackToolbar* toolbar() const { return toolbar_; }
    EventListView* eventList() const { return events_; }
    DeviceTablesWidget* deviceTables() const { return tables_; }
    std::uint64_t seed() const { return seed_; }
    // A recording keeps every event and indexes it for playback: a tighter budget than
    // the CLI's (5 million events, 1 GiB).
    static RunBudget recordingBudget() {
        RunBudget b;
        b.maxEvents = 5'000'000;
        b.maxBytes = std::uint64_t{1} << 30;
        return b;
    }
    // The safety valve for recordings (tests lower it); records again with it.
    void setBudget(RunBudget budget);
    // The dialog that said the last recording stopped on its budget, while it is open.
    QMessageBox* budgetDialog() const { return budgetDialog_; }
    // Events a recording runs on the GUI thread before it goes on in a worker
    // thread (with a progress bar and Cancel): every built-in lab is well under it.
    static constexpr std::size_t kForegroundEvents = 60'000;
    // The recording going on in a worker thread, or nullptr.
    BackgroundRecording* background() const { return background_; }
    QProgressBar* progressBar() const { return progress_; }
    QToolButton* cancelButton() const { return cancel_; }
    // Click-to-drop: records the shown run again with `frameId` also lost, as any long
    // recording is (a worker thread past kForegroundEvents, with progress and Cancel).
    // The run shown stays until the new one is ready, and stays if Cancel is pressed.
    void dropFrame(std::uint64_t frameId);

Q_SIGNALS:
    // For the status bar: why playback restarted, or why there is nothing to play.
    void message(const QString& text);
    // A recording stopped on its budget: what the dialog says.
    void budgetStopped(const QString& text);

private:
    void scheduleRecord();
    void record();
    // Shows the recording and, when it stopped on its budget, a dialog saying so.
    void show(std::shared_ptr<const RecordedRun> run);
    // The recording in the worker ended: show it, or say it was cancelled.
    void backgroundEnded(std::shared_ptr<const RecordedRun> run, bool wasPlaying);
    void stopBackground();
    // Goes on with a recording that did not finish in kForegroundEvents in a worker.
    void recordInBackground(std::unique_ptr<RunRecorder> recorder, bool wasPlaying);

    LabDocument* document_;
    PlaybackClock* clock_;
    PlaybackOverlay* overlay_;
    PlaybackToolbar* toolbar_;
    EventListView* events_;
    DeviceTablesWidget* tables_;
    QTimer* pending_;
    std::optional<lab::Lab> recorded_; // what the current recording simulates (no positions)
    std::uint64_t seed_ = 1;
    RunBudget budget_ = recordingBudget();
    QPointer<QMessageBox> budgetDialog_;
    BackgroundRecording* background_ = nullptr;
    std::optional<std::uint64_t> dropping_; // the frame the background recording drops
    QProgressBar* progress_ = nullptr;
    QToolButton* cancel_ = nullptr;
    QTimer* progressTimer_ = nullptr;
};

} // namespace ww::ui
