#pragma once

#include "classroom/misconception_callouts.h"
#include "lab/lab.h"

#include <QObject>
#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace ww::ui {

class InspectorSetup;
class LessonPanel;
class LessonPlayer;
class PlaybackSetup;
class TopologyScene;

// Puts lessons into a main window: File > Open Lesson…, the narration dock,
// Next/Previous step (Page Down/Up, Alt+Right/Left), and the misconception
// callouts of the current run shown in the dock as playback reaches them.
class LessonSetup : public QObject {
    Q_OBJECT
public:
    // `showLab` opens a lab as the window's document (after asking about unsaved
    // changes); false when the user kept the current one.
    LessonSetup(QMainWindow* window, QMenu* fileMenu, PlaybackSetup* playback,
                InspectorSetup* inspector, TopologyScene* scene,
                std::function<bool(const lab::Lab&)> showLab);

    // Opens "builtin:NAME" or a lesson file; problems are shown in a message box
    // (and returned, for tests); empty when the lesson started.
    QStringList openLesson(const QString& reference);

    LessonPlayer* player() const { return player_; }
    // The narration panel, made now if the dock has not been in view yet.
    LessonPanel* panel();
    QDockWidget* dock() const { return dock_; }
    QAction* nextAction() const { return next_; }
    QAction* previousAction() const { return previous_; }
    const MisconceptionCallouts& callouts() const { return callouts_; }

Q_SIGNALS:
    // The lesson being followed ("" when none): prediction scores go to it.
    void lessonFollowed(const QString& name);

private:
    QWidget* makePanel();
    void onRunChanged();
    void onStepChanged(int index);
    void updateCallout();
    void report(const QString& what, const QStringList& problems);

    QMainWindow* window_;
    PlaybackSetup* playback_;
    InspectorSetup* inspector_;
    TopologyScene* scene_;
    std::function<bool(const lab::Lab&)> showLab_;
    LessonPlayer* player_;
    LessonPanel* panel_ = nullptr; // made with the dock's content
    QDockWidget* dock_;
    QAction* next_;
    QAction* previous_;
    QAction* close_;
    MisconceptionCallouts callouts_;
    bool opening_ = false; // a lesson's lab is being recorded: its steps resolve after
};

} // namespace ww::ui
