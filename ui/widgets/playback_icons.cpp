#include "widgets/playback_icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <algorithm>

namespace ww::ui {

namespace {

// A triangle pointing right (or left) filling `r`'s height.
QPainterPath triangle(const QRectF& r, bool right) {
    QPainterPath path;
    if (right) {
        path.moveTo(r.left(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.left(), r.bottom());
    } else {
        path.moveTo(r.right(), r.top());
        path.lineTo(r.left(), r.center().y());
        path.lineTo(r.right(), r.bottom());
    }
    path.closeSubpath();
    return path;
}

// One event: a short arrow (shaft and head), lighter than the frame and play glyphs.
void paintStep(QPainter* p, const QRectF& r, const QColor& colour, bool right) {
    const qreal w = r.width(), y = r.center().y();
    QPen pen(colour, w * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const qreal tail = right ? r.left() + w * 0.1 : r.right() - w * 0.1;
    const qreal tip = right ? r.right() - w * 0.1 : r.left() + w * 0.1;
    const qreal back = right ? tip - w * 0.35 : tip + w * 0.35;
    p->drawLine(QPointF(tail, y), QPointF(tip, y));
    QPainterPath head;
    head.moveTo(back, y - w * 0.32);
    head.lineTo(tip, y);
    head.lineTo(back, y + w * 0.32);
    p->drawPath(head);
}

void paintGlyph(QPainter* p, const QRectF& box, PlaybackGlyph glyph, const QColor& colour) {
    // A square in the middle of the box, with a margin: the glyphs of a toolbar sit there.
    const qreal side = std::min(box.width(), box.height()) * 0.8;
    const QRectF r(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
    p->setPen(Qt::NoPen);
    p->setBrush(colour);
    const qreal h = side * 0.7, top = r.center().y() - h / 2;
    switch (glyph) {
    case PlaybackGlyph::Play:
        p->drawPath(triangle(QRectF(r.left() + side * 0.2, r.top(), side * 0.7, side), true));
        break;
    case PlaybackGlyph::Pause:
        p->drawRect(QRectF(r.left() + side * 0.18, r.top(), side * 0.22, side));
        p->drawRect(QRectF(r.left() + side * 0.6, r.top(), side * 0.22, side));
        break;
    case PlaybackGlyph::Restart:
        p->drawRect(QRectF(r.left() + side * 0.1, top, side * 0.14, h));
        p->drawPath(triangle(QRectF(r.left() + side * 0.3, top, side * 0.6, h), false));
        break;
    case PlaybackGlyph::FrameBack:
    case PlaybackGlyph::FrameForward: {
        const bool right = glyph == PlaybackGlyph::FrameForward;
        p->drawPath(triangle(QRectF(r.left() + side * 0.05, top, side * 0.45, h), right));
        p->drawPath(triangle(QRectF(r.left() + side * 0.5, top, side * 0.45, h), right));
        break;
    }
    case PlaybackGlyph::StepBack:
    case PlaybackGlyph::StepForward:
        paintStep(p, r, colour, glyph == PlaybackGlyph::StepForward);
        break;
    }
}

class PlaybackIconEngine : public QIconEngine {
public:
    explicit PlaybackIconEngine(PlaybackGlyph glyph)
        : glyph_(glyph) {}

    void paint(QPainter* p, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = mode == QIcon::Disabled
                                  ? palette.color(QPalette::Disabled, QPalette::ButtonText)
                                  : palette.color(QPalette::Active, QPalette::ButtonText);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        paintGlyph(p, rect, glyph_, colour);
        p->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter p(&pixmap);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new PlaybackIconEngine(glyph_); }

private:
    PlaybackGlyph glyph_;
};

} // namespace

QIcon playbackIcon(PlaybackGlyph glyph) {
    return QIcon(new PlaybackIconEngine(glyph));
}

} // namespace ww::ui
