#pragma once

#include "models/run_recorder.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace ww::ui {

// Finishes a recording in a worker thread: takes over a RunRecorder that has
// not finished, runs it to the end (or until cancel()) and hands the indexed
// recording back on the thread that owns this object.
class BackgroundRecording : public QObject {
    Q_OBJECT
public:
    BackgroundRecording(std::unique_ptr<RunRecorder> recorder, QObject* parent = nullptr);
    // Cancels and waits for the worker: nothing outlives this object.
    ~BackgroundRecording() override;

    void cancel();
    bool isRunning() const;
    double progress() const { return recorder_->progress(); }
    // Blocks until the worker ends (tests, the benchmark); finished() or
    // cancelled() still comes from the event loop.
    void wait();

Q_SIGNALS:
    void finished(std::shared_ptr<const RecordedRun> run);
    void cancelled();

private:
    std::unique_ptr<RunRecorder> recorder_;
    std::shared_ptr<const RecordedRun> result_; // written by the worker before it ends
    std::atomic<bool> cancel_{false};
    QThread* thread_ = nullptr;
};

} // namespace ww::ui
