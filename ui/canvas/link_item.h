#pragma once

#include "lab/lab.h"

#include <QFont>
#include <QGraphicsItem>
#include <QLineF>
#include <QStaticText>
#include <vector>

namespace ww::ui {

class DeviceItem;

// A cable between two devices: a line from centre to centre, each end
// labelled with its interface name, the link's name in the middle.
class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    LinkItem(DeviceItem* a, DeviceItem* b, const lab::Link& link);

    int type() const override { return Type; }
    QString name() const { return QString::fromStdString(link_.name); }
    const lab::Link& link() const { return link_; }
    // A cable that loses or corrupts frames (loss, bit errors, frames to lose) is
    // drawn in kLossyStyle (the canvas legend says so).
    static bool drawnDashed(const lab::Link& link);
    static constexpr Qt::PenStyle kLossyStyle = Qt::DashLine;
    void setLink(const lab::Link& link);
    QLineF line() const { return line_; }
    // Follows the devices after they moved.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    QPointF labelCentre(bool atA) const;
    void layoutLabels();
    // How far along the line, from `end`'s centre, its picture and text reach.
    qreal clearance(const DeviceItem* end, QPointF towards) const;

    DeviceItem* a_;
    DeviceItem* b_;
    lab::Link link_;
    QLineF line_;
    qreal clearA_ = 0;
    qreal clearB_ = 0;
    qreal scale_ = 1; // the scene's presentation scale when last adjusted
    struct Label {
        QRectF box;
        QStaticText text;
    };
    std::vector<Label> labels_; // interface at a, at b, then the link's name if it fits
    QFont font_;
};

} // namespace ww::ui
