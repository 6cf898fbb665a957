#include "models/background_recording.h"

#include "models/event_list_facts.h"

#include <QThread>
#include <limits>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ww::ui {

namespace {

// The engine's working memory (queues, device state, the vector copies that grow the event
// list) was allocated in this thread's malloc arena; glibc keeps such freed pages resident
// unless asked. A lab re-recorded at every click-to-drop would otherwise hold a dead
// engine's worth of memory per recording thread.
void giveBackFreedMemory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

BackgroundRecording::BackgroundRecording(std::unique_ptr<RunRecorder> recorder, QObject* parent)
    : QObject(parent)
    , recorder_(std::move(recorder)) {
    thread_ = QThread::create([this] {
        if (!recorder_->advance(std::numeric_limits<std::size_t>::max(), &cancel_))
            return;
        RecordedRun run = recorder_->finish();
        // The event list's pass over every event, here rather than on the GUI thread.
        auto facts = EventListFacts::of(run, &cancel_);
        if (!facts)
            return;
        run.setListFacts(std::move(facts));
        result_ = std::make_shared<const RecordedRun>(std::move(run));
        giveBackFreedMemory();
    });
    thread_->setObjectName(QStringLiteral("recording"));
    // QThread::finished arrives here through the event loop, after the worker wrote result_.
    connect(thread_, &QThread::finished, this, [this] {
        if (result_ && !cancel_.load())
            Q_EMIT finished(result_);
        else
            Q_EMIT cancelled();
    });
    thread_->start(QThread::LowPriority);
}

BackgroundRecording::~BackgroundRecording() {
    cancel_.store(true);
    thread_->wait();
    delete thread_;
}

void BackgroundRecording::cancel() {
    cancel_.store(true);
}

bool BackgroundRecording::isRunning() const {
    return thread_->isRunning();
}

void BackgroundRecording::wait() {
    thread_->wait();
}

} // namespace ww::ui
