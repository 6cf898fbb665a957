#include "classroom/act_live.h"

#include "classroom/act_live_dialog.h"
#include "commands/add_action_command.h"
#include "document/lab_document.h"
#include "models/playback_clock.h"

#include <QMenu>
#include <QTimer>
#include <QUndoStack>
#include <cmath>
#include <utility>

namespace ww::ui::classroom {

ActLive::ActLive(LabDocument* document, PlaybackClock* clock, QWidget* dialogParent)
    : QObject(dialogParent)
    , document_(document)
    , clock_(clock)
    , dialogParent_(dialogParent) {
    connect(clock_, &PlaybackClock::runChanged, this, [this] {
        if (!resumeAt_ || !clock_->run())
            return;
        // After the recorder has set the new run up (it restarts the clock after this signal).
        QTimer::singleShot(0, this, [this] {
            if (!resumeAt_)
                return;
            // Just before the moment: the action's first step is the next event to play.
            clock_->seek(std::max<qint64>(0, *resumeAt_ - 1));
            resumeAt_.reset();
            if (std::exchange(resumePlaying_, false))
                clock_->play();
        });
    });
}

QMenu* ActLive::menuFor(const QString& device, QWidget* parent) {
    const lab::Device* d = nullptr;
    for (const lab::Device& candidate : document_->lab().devices)
        if (QString::fromStdString(candidate.name) == device)
            d = &candidate;
    if (!d || d->type == lab::DeviceType::Switch)
        return nullptr;
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("actLiveMenu"));
    const std::pair<QString, lab::ActionType> entries[] = {
        {tr("Ping…"), lab::ActionType::Ping},
        {tr("Traceroute…"), lab::ActionType::Traceroute},
        {tr("HTTP GET…"), lab::ActionType::HttpGet},
        {tr("DNS Lookup…"), lab::ActionType::Dns}};
    for (const auto& [text, type] : entries) {
        const lab::ActionType t = type;
        menu->addAction(text, this, [this, t, device] { ask(t, device); });
    }
    return menu;
}

void ActLive::showMenu(const QString& device, const QPoint& screenPos) {
    QMenu* menu = menuFor(device, dialogParent_);
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(screenPos);
}

void ActLive::ask(lab::ActionType type, const QString& device) {
    ActLiveDialog dialog(type, device, dialogParent_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (std::optional<lab::Action> action = dialog.action())
        addAction(*action);
}

bool ActLive::addAction(lab::Action action) {
    if (!clock_->run())
        return false;
    const qint64 now = clock_->time();
    // Microseconds are plenty and keep the lab file's number short.
    action.at = std::round(static_cast<double>(now) / 1e3) / 1e6;
    resumeAt_ = static_cast<qint64>(std::llround(action.at * 1e9));
    resumePlaying_ = clock_->isPlaying();
    document_->undoStack()->push(new AddActionCommand(document_, action));
    return true;
}

} // namespace ww::ui::classroom
