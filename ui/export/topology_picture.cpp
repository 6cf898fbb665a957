#include "export/topology_picture.h"

#include "canvas/device_item.h"
#include "canvas/link_item.h"
#include "canvas/playback_overlay.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "document/lab_document.h"
#include "models/playback_clock.h"
#include "models/recorded_run.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainter>
#include <cmath>
#include <memory>

namespace ww::exporting {

namespace {

constexpr qreal kMargin = 24; // around the drawing; also covers link labels past the devices

// Everything a drawn canvas needs, alive as long as the picture: the picture
// paints later (once per format), from a scene no window ever shows.
struct Canvas {
    ui::LabDocument document;
    std::unique_ptr<ui::TopologyScene> scene;
    std::shared_ptr<const ui::RecordedRun> run;
    std::unique_ptr<ui::PlaybackClock> clock;
    std::unique_ptr<ui::PlaybackOverlay> overlay;

    ~Canvas() {
        overlay.reset(); // its tokens live in the scene
        scene.reset();   // before the document it listens to
    }
};

QString seconds(SimTime t) {
    return QString::number(timeToSeconds(t), 'g', 12);
}

// Devices, cables and the overlay's tokens and marks; not the scene rect (room
// to drop devices) nor the links' generous bounding boxes (room for labels).
QRectF drawnArea(const ui::TopologyScene& scene) {
    QRectF area;
    for (QGraphicsItem* item : scene.items()) {
        if (!item->isVisible())
            continue;
        if (item->type() == ui::LinkItem::Type) {
            const QLineF line = static_cast<ui::LinkItem*>(item)->line();
            area |= QRectF(line.p1(), line.p2()).normalized();
        } else if (!(item->flags() & QGraphicsItem::ItemHasNoContents)) {
            area |= item->sceneBoundingRect();
        }
    }
    return area;
}

} // namespace

std::optional<Picture> topologyPicture(const ui::RecordedRun& run, const ViewOptions& options,
                                       QString* problem) {
    return topologyPictureOf(run.lab(), &run, options, problem);
}

std::optional<Picture> topologyPictureOf(const lab::Lab& layout, const ui::RecordedRun* run,
                                         const ViewOptions& options, QString* problem) {
    auto fail = [&](const QString& why) -> std::optional<Picture> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (layout.devices.empty())
        return fail(
            QCoreApplication::translate("TopologyPicture", "the lab has no devices to draw"));
    auto canvas = std::make_shared<Canvas>();
    canvas->document.reset(layout);
    canvas->scene = std::make_unique<ui::TopologyScene>(&canvas->document);
    ui::TopologyScene& scene = *canvas->scene;

    if (options.until) {
        if (!run)
            return fail(
                QCoreApplication::translate("TopologyPicture", "--until: no recording to play"));
        if (*options.until < 0 || *options.until > run->duration())
            return fail(
                QCoreApplication::translate(
                    "TopologyPicture", "--until: %1 s is outside the run, which lasts 0 to %2 s")
                    .arg(seconds(*options.until), seconds(run->duration())));
        // A copy: the picture may be painted after the caller's recording is gone.
        canvas->run = std::make_shared<const ui::RecordedRun>(*run);
        canvas->clock = std::make_unique<ui::PlaybackClock>();
        canvas->clock->setRun(canvas->run);
        canvas->overlay = std::make_unique<ui::PlaybackOverlay>(
            &scene, canvas->clock.get(), [&scene](int i) { return scene.linkLine(i); },
            [&scene](const QString& name) { return scene.devicePosition(name); });
        canvas->clock->seek(*options.until);
        canvas->overlay->refresh();
    }
    // Cached items would go into SVG and PDF as bitmaps: draw every one as vectors.
    for (QGraphicsItem* item : scene.items())
        item->setCacheMode(QGraphicsItem::NoCache);

    const QRectF source = drawnArea(scene).adjusted(-kMargin, -kMargin, kMargin, kMargin);
    const QSize size(int(std::ceil(source.width())), int(std::ceil(source.height())));
    const QBrush background =
        options.printTheme ? QBrush(Qt::white) : ui::TopologyView::canvasBrush();
    Picture picture;
    picture.title = QCoreApplication::translate("TopologyPicture", "Topology of %1")
                        .arg(QString::fromStdString(layout.name));
    if (options.until)
        picture.title = QCoreApplication::translate("TopologyPicture", "%1 at %2 s")
                            .arg(picture.title, seconds(*options.until));
    picture.size = size;
    picture.paint = [canvas, source, size, background](QPainter& p) {
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const QRectF target(QPointF(0, 0), QSizeF(size));
        p.fillRect(target, background);
        canvas->scene->render(&p, QRectF(QPointF(0, 0), source.size()), source);
    };
    return picture;
}

} // namespace ww::exporting
