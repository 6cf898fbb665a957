#pragma once

#include "lab/lab.h"

#include <QObject>
#include <QPoint>
#include <optional>

class QMenu;
class QWidget;

namespace ww::ui {
class LabDocument;
class PlaybackClock;
} // namespace ww::ui

namespace ww::ui::classroom {

// Act live, like a command line on each computer: right-click a host or router for Ping…,
// Traceroute…, HTTP GET… or DNS lookup…; the action joins the scenario at the playback
// moment (one undoable edit), the lab is recorded again, and playback continues from that
// moment with the action about to start.
class ActLive : public QObject {
    Q_OBJECT
public:
    ActLive(LabDocument* document, PlaybackClock* clock, QWidget* dialogParent);

    // The menu for a device (nullptr for switches: they run no programs). Caller owns it.
    QMenu* menuFor(const QString& device, QWidget* parent);
    void showMenu(const QString& device, const QPoint& screenPos);
    // Adds `action` (its `at` is set to the playback moment) and resumes there after the new
    // recording. False when there is nothing recorded to act in.
    bool addAction(lab::Action action);

private:
    void ask(lab::ActionType type, const QString& device);

    LabDocument* document_;
    PlaybackClock* clock_;
    QWidget* dialogParent_;
    std::optional<qint64> resumeAt_; // simulated ns, after the next recording
    bool resumePlaying_ = false;
};

} // namespace ww::ui::classroom
