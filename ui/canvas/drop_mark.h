#pragma once

#include <QGraphicsItem>

namespace ww::ui {

// Where a frame or packet was dropped: a red X and the reason.
class DropMark : public QGraphicsItem {
public:
    explicit DropMark(const QString& reason, QGraphicsItem* parent = nullptr);

    const QString& reason() const { return reason_; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
               QWidget* widget = nullptr) override;

private:
    QString reason_;
    QRectF textRect_;
};

} // namespace ww::ui
