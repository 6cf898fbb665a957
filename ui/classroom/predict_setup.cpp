#include "classroom/predict_setup.h"

#include "canvas/topology_scene.h"
#include "classroom/act_live.h"
#include "classroom/predict_controller.h"
#include "classroom/predict_panel.h"
#include "widgets/playback_toolbar.h"
#include "windows/app_settings.h"
#include "windows/playback_setup.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace ww::ui::classroom {

PredictSetup::PredictSetup(QMainWindow* window, LabDocument* document, TopologyScene* scene,
                           PlaybackSetup* playback)
    : QObject(window)
    , toggle_(new QAction(tr("Predict"), window))
    , panel_(new PredictPanel(window))
    , dock_(new QDockWidget(tr("Prediction"), window))
    , controller_(new PredictController(playback->clock(), panel_, &appSettings, this))
    , actLive_(new ActLive(document, playback->clock(), window)) {
    dock_->setObjectName(QStringLiteral("predictDock"));
    dock_->setWidget(panel_);
    window->addDockWidget(Qt::RightDockWidgetArea, dock_);
    dock_->hide();

    toggle_->setObjectName(QStringLiteral("predictToggle"));
    toggle_->setCheckable(true);
    toggle_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    toggle_->setToolTip(tr("Prediction mode: before the next event plays, say what will happen "
                           "(Ctrl+Shift+P)"));
    playback->toolbar()->addAction(toggle_);
    window->addAction(toggle_);
    connect(toggle_, &QAction::toggled, this, [this](bool on) {
        controller_->setActive(on);
        if (on)
            dock_->show();
    });
    connect(scene, &TopologyScene::deviceMenuRequested, actLive_, &ActLive::showMenu);
}

} // namespace ww::ui::classroom
