#pragma once

#include "canvas/device_icon.h"
#include "lab/lab.h"

#include <QGraphicsItem>
#include <QString>
#include <vector>

namespace ww::ui {

class LinkItem;

// One device on the canvas: its icon, name and addresses. The item's
// position is the centre of the icon, which is the device's (x, y) in the lab.
class DeviceItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    static constexpr qreal kIconSize = 48;

    explicit DeviceItem(const lab::Device& device);

    int type() const override { return Type; }
    QString name() const { return QString::fromStdString(device_.name); }
    const lab::Device& device() const { return device_; }
    void setDevice(const lab::Device& device);
    // Where the name is drawn, in item coordinates (the inline rename editor goes there).
    QRectF nameRect() const { return nameRect_; }
    bool nameContains(QPointF scenePos) const;

    void addLink(LinkItem* link) { links_.push_back(link); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    void layoutText();

    lab::Device device_;
    DeviceIcon icon_;
    QStringList addressLines_;
    QRectF nameRect_;
    QRectF addressRect_;
    QRectF bounds_;
    std::vector<LinkItem*> links_;
};

} // namespace ww::ui
