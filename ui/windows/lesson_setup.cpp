#include "windows/lesson_setup.h"

#include "canvas/topology_scene.h"
#include "classroom/lesson_open_dialog.h"
#include "classroom/lesson_panel.h"
#include "classroom/lesson_player.h"
#include "inspector/packet_inspector.h"
#include "lesson/lesson_json.h"
#include "models/playback_clock.h"
#include "windows/inspector_setup.h"
#include "windows/lazy_dock.h"
#include "windows/playback_setup.h"
#include "windows/presenter_mode.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace ww::ui {

namespace {

QStringList describe(const std::vector<lab::LabIssue>& issues) {
    QStringList lines;
    for (const auto& i : issues)
        lines << (i.path.isEmpty() ? i.message : i.path + QStringLiteral(": ") + i.message);
    return lines;
}

} // namespace

LessonSetup::LessonSetup(QMainWindow* window, QMenu* fileMenu, PlaybackSetup* playback,
                         InspectorSetup* inspector, TopologyScene* scene,
                         std::function<bool(const lab::Lab&)> showLab)
    : QObject(window)
    , window_(window)
    , playback_(playback)
    , inspector_(inspector)
    , scene_(scene)
    , showLab_(std::move(showLab))
    , player_(new LessonPlayer(playback->clock(), this))
    , dock_(addLazyDock(window, tr("Lesson"), QStringLiteral("lessonDock"), Qt::RightDockWidgetArea,
                        [this] { return makePanel(); })) {
    // A tab beside Properties: the narration gets the whole column when a lesson opens.
    // The tab in front stays in front (Lab Notes: what the lab teaches is read first).
    if (auto* properties = window->findChild<QDockWidget*>(QStringLiteral("propertiesDock"))) {
        auto* notes = window->findChild<QDockWidget*>(QStringLiteral("labNotesDock"));
        window->tabifyDockWidget(properties, dock_);
        (notes ? notes : properties)->raise();
    }

    auto* open = new QAction(tr("Open &Lesson…"), this);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(open, &QAction::triggered, this, [this] {
        LessonOpenDialog dialog(window_);
        if (dialog.exec() == QDialog::Accepted && !dialog.reference().isEmpty())
            openLesson(dialog.reference());
    });
    // Presenter remotes send Page Down / Page Up; Alt+arrows like a browser's history.
    next_ = new QAction(tr("&Next Step"), this);
    next_->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)});
    previous_ = new QAction(tr("&Previous Step"), this);
    previous_->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)});
    close_ = new QAction(tr("&Close Lesson"), this);
    for (QAction* a : {next_, previous_, close_}) {
        a->setEnabled(false);
        window->addAction(a); // the shortcuts work wherever the focus is in the window
    }
    connect(next_, &QAction::triggered, player_, &LessonPlayer::next);
    connect(previous_, &QAction::triggered, player_, &LessonPlayer::previous);
    connect(close_, &QAction::triggered, player_, &LessonPlayer::stop);
    if (fileMenu) {
        const QList<QAction*> actions = fileMenu->actions();
        // After Open Recent, with the other ways to open something.
        fileMenu->insertAction(actions.size() > 3 ? actions.at(3) : nullptr, open);
    }
    QMenu* menu = window->menuBar()->addMenu(tr("&Lesson"));
    menu->addAction(open);
    menu->addSeparator();
    menu->addAction(next_);
    menu->addAction(previous_);
    menu->addAction(close_);
    menu->addSeparator();
    menu->addAction(dock_->toggleViewAction());

    connect(player_, &LessonPlayer::stepChanged, this, &LessonSetup::onStepChanged);
    connect(player_, &LessonPlayer::lessonChanged, this, [this] {
        const bool active = player_->isActive();
        for (QAction* a : {next_, previous_, close_})
            a->setEnabled(active);
        PresenterMode::keepWhilePresenting(dock_, active); // the narration stays on the projector
        const auto& lesson = player_->lesson();
        Q_EMIT lessonFollowed(active && lesson ? QString::fromStdString(lesson->name) : QString());
        if (!active) {
            if (panel_)
                panel_->showNoLesson();
            updateCallout();
        }
    });
    PlaybackClock* clock = playback_->clock();
    connect(clock, &PlaybackClock::runChanged, this, &LessonSetup::onRunChanged);
    connect(clock, &PlaybackClock::currentEventChanged, this, &LessonSetup::updateCallout);
    onRunChanged();
}

LessonPanel* LessonSetup::panel() {
    fillLazyDock(dock_);
    return panel_;
}

// The narration dock's content, made when it first comes into view: it opens on the
// lesson's step and the callout of the clock's moment.
QWidget* LessonSetup::makePanel() {
    panel_ = new LessonPanel;
    connect(panel_, &LessonPanel::nextRequested, player_, &LessonPlayer::next);
    connect(panel_, &LessonPanel::previousRequested, player_, &LessonPlayer::previous);
    connect(panel_, &LessonPanel::closeRequested, player_, &LessonPlayer::stop);
    if (player_->isActive() && player_->currentStep())
        panel_->showStep(*player_->lesson(), player_->stepIndex());
    updateCallout();
    return panel_;
}

void LessonSetup::report(const QString& what, const QStringList& problems) {
    QMessageBox::warning(window_, tr("Cannot open lesson"),
                         what + QStringLiteral("\n\n") + problems.join(QLatin1Char('\n')));
}

QStringList LessonSetup::openLesson(const QString& reference) {
    const auto loaded = lesson::loadLesson(reference);
    if (!loaded.lesson) {
        const QStringList problems = describe(loaded.issues);
        report(tr("%1 could not be opened:").arg(reference), problems);
        return problems;
    }
    const auto lab = lesson::loadLessonLab(*loaded.lesson, reference);
    if (!lab.lab) {
        const QStringList problems = describe(lab.issues);
        report(tr("The lab of %1 could not be opened:").arg(reference), problems);
        return problems;
    }
    player_->stop();
    opening_ = true;
    if (!showLab_(*lab.lab)) {
        opening_ = false;
        return {tr("the current lab was kept")};
    }
    // Record now, even when the lab shown already was this one: the steps are
    // found in the recording the clock plays.
    playback_->setBudget(PlaybackSetup::recordingBudget());
    opening_ = false;
    const auto run = playback_->clock()->run();
    if (!run) {
        const QStringList problems = {tr("the lab cannot be played")};
        report(tr("%1 could not be opened:").arg(reference), problems);
        return problems;
    }
    auto resolved =
        lesson::resolveSteps(*loaded.lesson, run->events(), deviceNamesOf(*run), run->duration());
    if (!resolved.issues.empty()) {
        const QStringList problems = describe(resolved.issues);
        report(tr("%1 could not be opened:").arg(reference), problems);
        return problems;
    }
    dock_->show();
    dock_->raise();
    player_->start(*loaded.lesson, std::move(resolved.positions));
    return {};
}

void LessonSetup::onRunChanged() {
    const auto run = playback_->clock()->run();
    callouts_ = run ? MisconceptionCallouts(*run) : MisconceptionCallouts();
    if (opening_ || !player_->isActive())
        return updateCallout();
    // A new recording of the same lesson lab (a frame dropped by a click): the
    // steps are found again; a lab edited so they cannot be ends the lesson.
    auto resolved = run ? lesson::resolveSteps(*player_->lesson(), run->events(),
                                               deviceNamesOf(*run), run->duration())
                        : lesson::ResolvedSteps{{}, {{QString(), tr("the lab cannot be played")}}};
    if (!resolved.issues.empty()) {
        player_->stop();
        Q_EMIT playback_->message(tr("The lesson ended: its steps are not in the changed lab"));
        return;
    }
    player_->setPositions(std::move(resolved.positions));
    updateCallout();
}

void LessonSetup::onStepChanged(int index) {
    const lesson::Step* step = player_->currentStep();
    if (!step)
        return;
    if (panel_)
        panel_->showStep(*player_->lesson(), index);
    QStringList devices;
    for (const auto& d : step->devices)
        devices << QString::fromStdString(d);
    scene_->selectDevices(devices);
    const int event = player_->currentStepEvent();
    if (event >= 0 && !step->at.time) {
        inspector_->inspect(event);
        for (const auto& f : step->fields) {
            const QString field = QString::fromStdString(f);
            const qsizetype dot = field.indexOf(QLatin1Char('.'));
            if (inspector_->packetInspector()->selectField(field.left(dot), field.mid(dot + 1)))
                break;
        }
    }
    updateCallout();
}

void LessonSetup::updateCallout() {
    if (!panel_)
        return; // made later, with the callout of its moment
    const int current = playback_->clock()->currentEvent();
    // A step that names a correction shows it while the clock is at the step.
    if (const lesson::Step* step = player_->currentStep();
        step && !step->misconception.empty() && current == player_->currentStepEvent()) {
        const lesson::MisconceptionHit* hit = callouts_.find(step->misconception);
        const lesson::Misconception* m = lesson::misconceptionById(step->misconception);
        panel_->showMisconception(m, hit && static_cast<int>(hit->event) <= current ? hit->text
                                                                                    : m->truth());
        return;
    }
    const lesson::MisconceptionHit* hit = callouts_.current(current);
    panel_->showMisconception(hit ? hit->misconception : nullptr, hit ? hit->text : QString());
}

} // namespace ww::ui
