#pragma once

#include <QColor>
#include <QGraphicsItem>

namespace ww::ui {

// A short note beside a device about what it just decided: "MAC table: port p2",
// "flood", "10.0.2.0/24 via eth1, TTL 64→63". Its origin is the tip of the
// pointer, at the device.
class DecisionCallout : public QGraphicsItem {
public:
    DecisionCallout(const QString& text, const QColor& accent, QGraphicsItem* parent = nullptr);

    const QString& text() const { return text_; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
               QWidget* widget = nullptr) override;

private:
    QString text_;
    QColor accent_;
    QRectF box_;
};

} // namespace ww::ui
