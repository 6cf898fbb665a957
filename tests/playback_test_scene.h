#pragma once

// A stand-in for the topology canvas: a circle and name per device at the lab's
// positions, a line per link. Enough to place the playback overlay on.
#include "lab/lab.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace ww::test {

class PlaybackTestScene : public QGraphicsScene {
public:
    explicit PlaybackTestScene(const lab::Lab& lab)
        : lab_(lab) {
        for (const lab::Link& l : lab.links)
            addLine(linkLine(l), QPen(QColor(0x90, 0x90, 0x90), 2));
        for (const lab::Device& d : lab.devices) {
            const QPointF p(d.x, d.y);
            auto* circle = addEllipse(
                QRectF(p - QPointF(18, 18), QSizeF(36, 36)), QPen(QColor(0x40, 0x40, 0x40)),
                QBrush(d.type == lab::DeviceType::Host ? QColor(0xdd, 0xe8, 0xf5)
                                                       : QColor(0xe8, 0xe8, 0xe8)));
            circle->setZValue(10);
            auto* name = addSimpleText(QString::fromStdString(d.name));
            name->setPos(p + QPointF(-name->boundingRect().width() / 2, 20));
            name->setZValue(10);
        }
        setSceneRect(itemsBoundingRect().adjusted(-80, -90, 80, 40));
    }

    QPointF devicePosition(const QString& name) const {
        if (const lab::Device* d = lab_.findDevice(name.toStdString()))
            return {d->x, d->y};
        return {};
    }
    QLineF linkLine(int index) const {
        return linkLine(lab_.links[static_cast<std::size_t>(index)]);
    }

private:
    QLineF linkLine(const lab::Link& l) const {
        return {devicePosition(QString::fromStdString(l.a.device)),
                devicePosition(QString::fromStdString(l.b.device))};
    }
    lab::Lab lab_;
};

} // namespace ww::test
