#pragma once

#include <QColor>
#include <QGraphicsObject>

namespace ww::ui {

// A frame in flight on the canvas: a rounded label ("ARP ?", "TCP SYN", "HTTP")
// in its protocol's colour. Clicking it asks for the frame to be dropped.
class PduToken : public QGraphicsObject {
    Q_OBJECT
public:
    // description: the frame's one-line summary, for the tooltip.
    PduToken(quint64 frameId, const QString& label, const QString& protocol,
             const QString& description, QGraphicsItem* parent = nullptr);

    quint64 frameId() const { return frameId_; }
    const QString& label() const { return label_; }
    // vivid: the saturated, darker set for a projector (presenter mode).
    static QColor colorFor(const QString& protocol, bool vivid = false);
    // The protocols with a colour of their own, in the order a legend lists them
    // (any other protocol is drawn in colorFor(QString())'s grey).
    static QStringList colouredProtocols();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
               QWidget* widget = nullptr) override;

Q_SIGNALS:
    void clicked(quint64 frameId);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    quint64 frameId_;
    QString label_;
    QString protocol_;
    QRectF rect_;
};

} // namespace ww::ui
