#include "canvas/canvas_legend.h"

#include "canvas/link_item.h"
#include "canvas/pdu_token.h"
#include "canvas/presentation_style.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "windows/app_settings.h"

#include <QAction>
#include <QEvent>
#include <QPainter>
#include <QtMath>
#include <algorithm>

namespace ww::ui {

namespace {
constexpr int kMargin = 8;  // from the view's edges
constexpr int kPadding = 6; // inside the legend's box
constexpr int kLineLength = 34;
const QString kSettingKey = QStringLiteral("view/legend");
} // namespace

CanvasLegend::CanvasLegend(TopologyView* view, TopologyScene* scene)
    // A child of the view, not of its viewport: the viewport's children scroll with the scene.
    : QWidget(view)
    , view_(view)
    , viewport_(view->viewport())
    , scene_(scene)
    , toggle_(new QAction(tr("Show &Legend"), this)) {
    setObjectName(QStringLiteral("canvasLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // clicks reach the canvas below
    toggle_->setCheckable(true);
    toggle_->setObjectName(QStringLiteral("legendAction"));
    toggle_->setToolTip(tr("What the colours of the frames in flight and the dashed cables mean"));
    toggle_->setChecked(appSettings().value(kSettingKey, true).toBool());
    connect(toggle_, &QAction::toggled, this, [this](bool on) {
        appSettings().setValue(kSettingKey, on);
        setVisible(on);
        place();
    });
    viewport_->installEventFilter(this);
    setVisible(toggle_->isChecked());
    raise();
    place();
}

QList<CanvasLegend::Entry> CanvasLegend::entries() const {
    const bool vivid = PresentationStyle::of(scene_).highContrast;
    QList<Entry> list;
    for (const QString& protocol : PduToken::colouredProtocols())
        list.append({protocol, PduToken::colorFor(protocol, vivid), false});
    list.append({tr("other"), PduToken::colorFor(QString(), vivid), false});
    list.append({tr("lossy cable"), QColor(), true});
    return list;
}

qreal CanvasLegend::scale() const {
    // Presenter mode's canvas grows by 1.6; the legend by less, to leave the canvas room.
    const PresentationStyle style = PresentationStyle::of(scene_);
    return style.scale > 1 ? 1.0 + (style.scale - 1) / 2 : 1.0;
}

QFont CanvasLegend::legendFont() const {
    QFont f = font();
    f.setPointSizeF(8.5 * scale());
    f.setBold(true);
    return f;
}

QList<QRectF> CanvasLegend::layout(int maxWidth, QSize* total) const {
    // Entries left to right, wrapping onto another row where the canvas is narrow.
    const QFontMetrics fm(legendFont());
    const int h = fm.height() + 4;
    QList<QRectF> boxes;
    qreal x = kPadding, y = kPadding, right = 0;
    for (const Entry& e : entries()) {
        const qreal w = e.dashed ? kLineLength * scale() + 6 + fm.horizontalAdvance(e.label) + 2
                                 : fm.horizontalAdvance(e.label) + 10;
        if (x > kPadding && x + w + kPadding > maxWidth) {
            x = kPadding;
            y += h + kPadding / 2;
        }
        boxes.append(QRectF(x, y, w, h));
        right = std::max(right, x + w);
        x += w + kPadding;
    }
    if (total)
        *total = QSize(qCeil(right) + kPadding, qCeil(y) + h + kPadding);
    return boxes;
}

QSize CanvasLegend::sizeHint() const {
    QSize total;
    layout(viewport_->width() - 2 * kMargin, &total);
    return total;
}

void CanvasLegend::place() {
    if (isHidden()) { // hidden by the user (not merely a window not yet shown)
        view_->setBottomReserve(0);
        return;
    }
    const QSize size = sizeHint();
    const QRect room = viewport_->geometry();
    resize(size);
    move(room.left() + kMargin, room.bottom() - kMargin - size.height());
    // Fitting the lab keeps clear of it: a device under the legend loses its name.
    view_->setBottomReserve(size.height() + 2 * kMargin);
    update();
}

bool CanvasLegend::eventFilter(QObject* watched, QEvent* event) {
    // The viewport kept from the start: while the view is destroyed its viewport still sends
    // events here, and the view is no longer a scroll area to ask for it (UBSan's report).
    if (watched == viewport_ && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void CanvasLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const PresentationStyle style = PresentationStyle::of(scene_);
    // Re-placed here too: the style (and so the size) changes with presenter mode.
    if (size() != sizeHint()) {
        QMetaObject::invokeMethod(this, &CanvasLegend::place, Qt::QueuedConnection);
    }
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    p.setBrush(QColor(255, 255, 255, style.highContrast ? 255 : 225));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    const QFont font = legendFont();
    p.setFont(font);
    const QList<Entry> list = entries();
    const QList<QRectF> boxes = layout(width() + 1, nullptr);
    for (int i = 0; i < list.size() && i < boxes.size(); ++i) {
        const Entry& e = list[i];
        const QRectF box = boxes[i];
        if (e.dashed) {
            const QColor cable = style.highContrast ? QColor(20, 20, 20) : QColor(70, 80, 95);
            QPen pen(cable, style.lineWidth(2));
            pen.setStyle(LinkItem::kLossyStyle);
            p.setPen(pen);
            const qreal length = kLineLength * scale();
            p.drawLine(QPointF(box.left(), box.center().y()),
                       QPointF(box.left() + length, box.center().y()));
            p.setPen(QColor(30, 30, 30));
            p.drawText(box.adjusted(length + 6, 0, 0, 0), Qt::AlignVCenter, e.label);
            continue;
        }
        // A token in miniature: white text on the protocol's colour.
        p.setPen(QPen(style.highContrast ? Qt::black : e.colour.darker(150), 1));
        p.setBrush(e.colour);
        p.drawRoundedRect(box, box.height() / 2, box.height() / 2);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, e.label);
    }
}

} // namespace ww::ui
