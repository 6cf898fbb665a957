#include "canvas/device_icon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <algorithm>
#include <map>
#include <utility>

namespace ww::ui {

namespace {

const QColor kOutline(40, 48, 60);
const QColor kHostFill(120, 170, 230);
const QColor kServerFill(150, 160, 175);
const QColor kSwitchFill(90, 175, 130);
const QColor kRouterFill(235, 150, 70);
const QColor kL3Fill(60, 150, 160);
const QColor kCloudFill(205, 220, 240);
const QColor kScreen(225, 240, 255);

// Badge words ("L3", "DNS", "WWW", "DHCP") are outlines made once at this size and scaled into
// place. Drawn as text, every icon size asked for a bold font of its own pixel size, and each
// is a font engine to load (eight at start-up for the palette and the canvas, more at each zoom).
constexpr qreal kBadgeOutlinePx = 64;

const QPainterPath& badgeOutline(const QFont& base, const QString& word) {
    thread_local std::map<std::pair<QString, QString>, QPainterPath> outlines;
    auto key = std::make_pair(base.family(), word);
    auto it = outlines.find(key);
    if (it == outlines.end()) {
        QFont font(base);
        font.setBold(true);
        font.setPixelSize(static_cast<int>(kBadgeOutlinePx));
        QPainterPath outline;
        outline.addText(0, 0, font, word);
        it = outlines.emplace(std::move(key), std::move(outline)).first;
    }
    return it->second;
}

// `word` centred in `room`, as large as a bold font of `px` pixels, smaller where it is too wide.
void paintBadgeWord(QPainter* p, const QRectF& room, const QString& word, qreal px,
                    const QColor& color) {
    const QPainterPath& outline = badgeOutline(p->font(), word);
    const QRectF bounds = outline.boundingRect();
    if (bounds.isEmpty())
        return;
    const qreal scale = std::min(px / kBadgeOutlinePx, room.width() / bounds.width());
    p->save();
    p->translate(room.center());
    p->scale(scale, scale);
    p->translate(-bounds.center());
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPath(outline);
    p->restore();
}

// Four arrows from the centre: the router's usual symbol.
void paintArrows(QPainter* p, QPointF c, qreal r, bool inward) {
    p->setPen(QPen(Qt::white, r * 0.16, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (int k = 0; k < 4; ++k) {
        p->save();
        p->translate(c);
        p->rotate(90.0 * k + 45.0);
        const qreal tip = inward ? r * 0.25 : r * 0.85;
        const qreal tail = inward ? r * 0.85 : r * 0.25;
        p->drawLine(QPointF(tail, 0), QPointF(tip, 0));
        const qreal back = inward ? tip + r * 0.22 : tip - r * 0.22;
        p->drawLine(QPointF(tip, 0), QPointF(back, r * 0.2));
        p->drawLine(QPointF(tip, 0), QPointF(back, -r * 0.2));
        p->restore();
    }
}

void paintMonitor(QPainter* p, const QRectF& b) {
    const QRectF screen(b.left() + b.width() * 0.1, b.top() + b.height() * 0.08, b.width() * 0.8,
                        b.height() * 0.6);
    p->setBrush(kHostFill);
    p->drawRoundedRect(screen, 3, 3);
    p->setBrush(kScreen);
    p->drawRect(screen.adjusted(4, 4, -4, -4));
    p->setBrush(kHostFill);
    const qreal cx = b.center().x();
    p->drawRect(
        QRectF(cx - b.width() * 0.06, screen.bottom(), b.width() * 0.12, b.height() * 0.14));
    p->drawRoundedRect(QRectF(cx - b.width() * 0.28, screen.bottom() + b.height() * 0.14,
                              b.width() * 0.56, b.height() * 0.08),
                       2, 2);
}

void paintLaptop(QPainter* p, const QRectF& b) {
    const QRectF screen(b.left() + b.width() * 0.18, b.top() + b.height() * 0.14, b.width() * 0.64,
                        b.height() * 0.5);
    p->setBrush(kHostFill);
    p->drawRoundedRect(screen, 3, 3);
    p->setBrush(kScreen);
    p->drawRect(screen.adjusted(3, 3, -3, -3));
    QPolygonF base;
    base << QPointF(screen.left(), screen.bottom()) << QPointF(screen.right(), screen.bottom())
         << QPointF(b.right() - b.width() * 0.04, b.top() + b.height() * 0.8)
         << QPointF(b.left() + b.width() * 0.04, b.top() + b.height() * 0.8);
    p->setBrush(kHostFill);
    p->drawPolygon(base);
}

void paintTower(QPainter* p, const QRectF& b, const QString& badge) {
    const QRectF body(b.left() + b.width() * 0.26, b.top() + b.height() * 0.04, b.width() * 0.48,
                      b.height() * 0.9);
    p->setBrush(kServerFill);
    p->drawRoundedRect(body, 3, 3);
    for (int k = 0; k < 3; ++k) {
        const qreal y = body.top() + body.height() * (0.14 + 0.14 * k);
        p->drawLine(QPointF(body.left() + 4, y), QPointF(body.right() - 4, y));
    }
    p->setBrush(QColor(80, 200, 90));
    p->drawEllipse(QPointF(body.right() - 7, body.bottom() - 7), 2.5, 2.5);
    if (!badge.isEmpty()) {
        const QRectF tag(body.left() + 2, body.top() + body.height() * 0.52, body.width() - 4,
                         body.height() * 0.26);
        p->fillRect(tag, QColor(50, 90, 150));
        // As large as fits: "WWW" is wider than "DNS".
        paintBadgeWord(p, tag.adjusted(2, 0, -2, 0), badge, qMax(6.0, b.height() * 0.2), Qt::white);
    }
}

void paintSwitchBox(QPainter* p, const QRectF& b, const QColor& fill, bool layer3) {
    const QRectF box(b.left() + 2, b.top() + b.height() * 0.3, b.width() - 4, b.height() * 0.4);
    p->setBrush(fill);
    p->drawRoundedRect(box, 4, 4);
    p->setPen(QPen(Qt::white, b.height() * 0.05, Qt::SolidLine, Qt::RoundCap));
    const qreal w = box.width(), y1 = box.top() + box.height() * 0.33,
                y2 = box.top() + box.height() * 0.67;
    const qreal left = box.left() + w * 0.2, right = box.right() - w * 0.2, head = w * 0.08;
    p->drawLine(QPointF(left, y1), QPointF(right, y1));
    p->drawLine(QPointF(right, y1), QPointF(right - head, y1 - head * 0.7));
    p->drawLine(QPointF(left, y2), QPointF(right, y2));
    p->drawLine(QPointF(left, y2), QPointF(left + head, y2 + head * 0.7));
    if (layer3)
        paintBadgeWord(p, QRectF(b.left(), b.top(), b.width(), b.height() * 0.3),
                       QStringLiteral("L3"), qMax(6.0, b.height() * 0.22), kOutline);
}

void paintRouter(QPainter* p, const QRectF& b) {
    const QRectF disc =
        b.adjusted(b.width() * 0.1, b.height() * 0.1, -b.width() * 0.1, -b.height() * 0.1);
    p->setBrush(kRouterFill);
    p->drawEllipse(disc);
    paintArrows(p, disc.center(), disc.width() / 2, false);
}

void paintCloud(QPainter* p, const QRectF& b) {
    QPainterPath cloud;
    const qreal w = b.width(), h = b.height();
    cloud.addEllipse(QRectF(b.left() + w * 0.05, b.top() + h * 0.4, w * 0.4, h * 0.4));
    cloud.addEllipse(QRectF(b.left() + w * 0.22, b.top() + h * 0.15, w * 0.4, h * 0.45));
    cloud.addEllipse(QRectF(b.left() + w * 0.45, b.top() + h * 0.22, w * 0.38, h * 0.4));
    cloud.addEllipse(QRectF(b.left() + w * 0.55, b.top() + h * 0.42, w * 0.4, h * 0.38));
    cloud.addRect(QRectF(b.left() + w * 0.25, b.top() + h * 0.5, w * 0.5, h * 0.3));
    p->setBrush(kCloudFill);
    p->drawPath(cloud.simplified());
    p->setPen(QPen(kRouterFill.darker(120), h * 0.06));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(QPointF(b.center().x(), b.top() + h * 0.52), w * 0.14, h * 0.14);
}

} // namespace

DeviceIcon deviceIconFor(lab::DeviceType type, const std::string& role) {
    switch (type) {
    case lab::DeviceType::Switch:
        return DeviceIcon::Switch;
    case lab::DeviceType::L3Switch:
        return DeviceIcon::L3Switch;
    case lab::DeviceType::Router:
        return role == "internet" ? DeviceIcon::Internet : DeviceIcon::Router;
    case lab::DeviceType::Host:
        break;
    }
    if (role == "laptop")
        return DeviceIcon::Laptop;
    if (role == "web")
        return DeviceIcon::WebServer;
    if (role == "server")
        return DeviceIcon::Server;
    if (role == "dns")
        return DeviceIcon::DnsServer;
    if (role == "dhcp")
        return DeviceIcon::DhcpServer;
    if (role == "internet")
        return DeviceIcon::Internet;
    return DeviceIcon::Pc;
}

DeviceIcon deviceIconFor(const lab::Device& device) {
    if (device.type == lab::DeviceType::Host) {
        if (device.dns)
            return DeviceIcon::DnsServer;
        if (device.httpServer)
            return DeviceIcon::WebServer;
        if (device.dhcpServer)
            return DeviceIcon::DhcpServer;
    }
    return deviceIconFor(device.type, device.role);
}

void paintDeviceIcon(QPainter* p, const QRectF& box, DeviceIcon icon) {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(kOutline, 1.2));
    switch (icon) {
    case DeviceIcon::Pc:
        paintMonitor(p, box);
        break;
    case DeviceIcon::Laptop:
        paintLaptop(p, box);
        break;
    case DeviceIcon::WebServer:
        paintTower(p, box, QStringLiteral("WWW"));
        break;
    case DeviceIcon::DnsServer:
        paintTower(p, box, QStringLiteral("DNS"));
        break;
    case DeviceIcon::DhcpServer:
        paintTower(p, box, QStringLiteral("DHCP"));
        break;
    case DeviceIcon::Server:
        paintTower(p, box, {});
        break;
    case DeviceIcon::Switch:
        paintSwitchBox(p, box, kSwitchFill, false);
        break;
    case DeviceIcon::L3Switch:
        paintSwitchBox(p, box, kL3Fill, true);
        break;
    case DeviceIcon::Router:
        paintRouter(p, box);
        break;
    case DeviceIcon::Internet:
        paintCloud(p, box);
        break;
    }
    p->restore();
}

QIcon deviceIconPixmap(DeviceIcon icon, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    paintDeviceIcon(&p, QRectF(1, 1, size - 2, size - 2), icon);
    return QIcon(pixmap);
}

} // namespace ww::ui
