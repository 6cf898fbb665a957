#include "canvas/playback_overlay.h"

#include "canvas/decision_callout.h"
#include "canvas/device_item.h"
#include "canvas/drop_mark.h"
#include "canvas/pdu_token.h"
#include "canvas/presentation_style.h"
#include "models/event_summary.h"
#include "models/playback_clock.h"
#include "models/reason_text.h"

#include <QGraphicsScene>
#include <algorithm>
#include <set>

namespace ww::ui {

namespace {
constexpr qreal kLayerZ = 100;  // above the topology
constexpr qreal kCalloutZ = 10; // within the layer: tokens 0, callouts, then drops
constexpr qreal kDropZ = 20;
constexpr qreal kDeviceClearance = 28; // keep tokens off the device icons at the ends
constexpr qreal kLaneOffset = 6;       // sideways, per direction of travel
constexpr qreal kStackStep = 15;       // tokens closer than this on one lane are stacked sideways
constexpr std::size_t kMaxLookBack = 4000; // events scanned for marks
constexpr int kMaxCalloutsPerDevice = 3;
// An empty parent for everything the overlay draws.
class OverlayLayer : public QGraphicsObject {
public:
    OverlayLayer() { setFlag(ItemHasNoContents); }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter*, const QStyleOptionGraphicsItem*, QWidget*) override {}
};

} // namespace

PlaybackOverlay::PlaybackOverlay(QGraphicsScene* scene, PlaybackClock* clock, LinkLine linkLine,
                                 DevicePosition devicePosition, QObject* parent)
    : QObject(parent)
    , scene_(scene)
    , clock_(clock)
    , linkLine_(std::move(linkLine))
    , devicePosition_(std::move(devicePosition))
    , markSpan_(2 * kMillisecond) {
    connect(clock_, &PlaybackClock::runChanged, this, &PlaybackOverlay::rebuild);
    connect(clock_, &PlaybackClock::timeChanged, this, &PlaybackOverlay::refresh);
    connect(clock_, &PlaybackClock::currentEventChanged, this, &PlaybackOverlay::refresh);
    rebuild();
}

PlaybackOverlay::~PlaybackOverlay() {
    delete layer_.data(); // and with it every token and mark
}

bool PlaybackOverlay::ensureLayer() {
    if (!scene_) {
        tokens_.clear();
        marks_.clear();
        return false;
    }
    if (!layer_) {
        tokens_.clear(); // deleted with the old layer
        marks_.clear();
        layer_ = new OverlayLayer;
        layer_->setZValue(kLayerZ);
        scene_->addItem(layer_);
    }
    return true;
}

void PlaybackOverlay::clearTokens() {
    for (auto& [id, token] : tokens_)
        delete token;
    tokens_.clear();
}

void PlaybackOverlay::setMarkSpan(SimTime span) {
    markSpan_ = span;
    refresh();
}

void PlaybackOverlay::setVisible(bool visible) {
    visible_ = visible;
    refresh();
}

void PlaybackOverlay::rebuild() {
    tokenText_.clear();
    if (const auto& run = clock_->run()) {
        PduDescriber describer;
        for (const FrameFlight& f : run->flights())
            tokenText_.push_back(describer.frame(f.frame.view()));
    }
    if (ensureLayer())
        clearTokens();
    refresh();
}

QPointF PlaybackOverlay::devicePoint(DeviceId id) const {
    return devicePosition_(clock_->run()->deviceName(id));
}

QLineF PlaybackOverlay::flightLine(const FrameFlight& f) const {
    const auto& run = *clock_->run();
    QLineF line = linkLine_(static_cast<int>(f.link));
    const auto& links = run.lab().links;
    if (f.link < links.size() &&
        QString::fromStdString(links[f.link].a.device) != run.deviceName(f.from))
        line = QLineF(line.p2(), line.p1());
    const qreal length = line.length();
    if (length <= 0)
        return line;
    // Off the device icons at the ends, and each direction in its own lane
    // (to the right of travel) so frames crossing on a full-duplex link do not hide each other.
    const QPointF along = (line.p2() - line.p1()) / length;
    const qreal scale = PresentationStyle::of(scene_.data()).scale;
    const QPointF inset = along * std::min(kDeviceClearance * scale, length / 4);
    const QPointF lane = QPointF(-along.y(), along.x()) * kLaneOffset * scale;
    return QLineF(line.p1() + inset + lane, line.p2() - inset + lane);
}

void PlaybackOverlay::clearMarks() {
    for (QGraphicsItem* item : marks_)
        delete item;
    marks_.clear();
}

void PlaybackOverlay::refresh() {
    if (!ensureLayer())
        return;
    clearMarks();
    const auto& run = clock_->run();
    if (!run || !visible_) {
        clearTokens();
        return;
    }
    const std::size_t applied = clock_->appliedEvents();
    const SimTime now = clock_->time();
    const qreal stackStep = kStackStep * PresentationStyle::of(scene_.data()).scale;

    std::set<quint64> live;
    // Tokens already placed per lane (link and direction): back-to-back frames
    // sit almost on top of each other, so a later one moves out to the side.
    std::map<std::pair<LinkId, DeviceId>, std::vector<QPointF>> lanes;
    const auto& flights = run->flights();
    for (std::size_t i = 0; i < flights.size(); ++i) {
        const FrameFlight& f = flights[i];
        if (f.startEvent >= applied)
            break; // flights are in start order
        if (f.endEvent < applied)
            continue;
        live.insert(f.frameId);
        PduToken*& token = tokens_[f.frameId];
        if (!token) {
            const PduSummary& text = tokenText_[i];
            token = new PduToken(f.frameId, text.token, text.protocol, text.text);
            // Queued: the owner re-records and this token is deleted, which must
            // not happen inside its own mouse press handler.
            connect(token, &PduToken::clicked, this, &PlaybackOverlay::dropRequested,
                    Qt::QueuedConnection);
            token->setParentItem(layer_);
            PresentationStyle::makeScalable(token);
        }
        const SimTime span = std::max<SimTime>(f.arrival - f.start, 1);
        const qreal progress =
            std::clamp(static_cast<qreal>(now - f.start) / static_cast<qreal>(span), 0.0, 1.0);
        const QLineF line = flightLine(f);
        QPointF at = line.pointAt(progress);
        if (line.length() > 0) {
            const QPointF side = QPointF(-line.dy(), line.dx()) / line.length() * stackStep;
            auto& placed = lanes[{f.link, f.from}];
            const qreal near = stackStep * stackStep; // squared: no sqrt per pair
            auto crowded = [&placed, near](QPointF p) {
                return std::any_of(placed.begin(), placed.end(), [p, near](QPointF q) {
                    const QPointF d = p - q;
                    return QPointF::dotProduct(d, d) < near;
                });
            };
            for (int k = 0; k < 8 && crowded(at); ++k)
                at += side;
            placed.push_back(at);
        }
        token->setPos(at);
    }
    for (auto it = tokens_.begin(); it != tokens_.end();) {
        if (live.count(it->first)) {
            ++it;
        } else {
            delete it->second;
            it = tokens_.erase(it);
        }
    }
    placeMarks(applied, now);
}

void PlaybackOverlay::placeMarks(std::size_t applied, SimTime now) {
    const auto& run = *clock_->run();
    const qreal scale = PresentationStyle::of(scene_.data()).scale;
    std::map<DeviceId, int> stacked; // callouts already at a device, newest lowest
    std::set<std::pair<DeviceId, QString>> shown;
    std::set<std::pair<qint64, DropReason>> dropsShown;
    std::vector<QRectF> placed; // callouts laid out so far
    const std::vector<QRectF> obstacles = deviceRects();
    const std::size_t stop = applied > kMaxLookBack ? applied - kMaxLookBack : 0;
    // At least a second of wall time at the current speed, so marks stay readable at 1x.
    const SimTime span = std::max(markSpan_, static_cast<SimTime>(clock_->speed() * 1e9));
    for (std::size_t i = applied; i-- > stop;) {
        const Event& e = run.events()[i];
        if (i + 1 != applied && now - e.time > span)
            break;
        if (const auto* d = std::get_if<Drop>(&e.kind)) {
            // One X per place and reason: a burst of drops would pile up.
            const qint64 place = d->link != kNoLink ? (qint64{1} << 32) + d->link : d->device;
            if (!dropsShown.insert({place, d->reason}).second)
                continue;
            auto* mark = new DropMark(dropReasonText(d->reason));
            if (d->link != kNoLink) {
                const FrameFlight* f = run.flight(d->frameId);
                mark->setPos(f ? flightLine(*f).center()
                               : QLineF(linkLine_(static_cast<int>(d->link))).center());
            } else if (d->device != kNoDevice) {
                mark->setPos(devicePoint(d->device) + QPointF(30 * scale, 0));
            }
            mark->setZValue(kDropZ); // over the callouts: a loss matters more
            mark->setParentItem(layer_);
            PresentationStyle::makeScalable(mark);
            marks_.push_back(mark);
            continue;
        }
        const auto* s = std::get_if<SwitchDecision>(&e.kind);
        const auto* r = std::get_if<RouterDecision>(&e.kind);
        const DeviceId device = s ? s->device : r ? r->device : kNoDevice;
        if (device == kNoDevice)
            continue;
        int& n = stacked[device];
        if (n >= kMaxCalloutsPerDevice)
            continue; // before the text: a busy switch makes hundreds of decisions a frame
        const QString text = s ? EventDescriber::switchDecisionText(run, *s)
                               : EventDescriber::routerDecisionText(run, *r);
        const QColor accent = s ? QColor(0x3a, 0x7b, 0xd5) : QColor(0x2e, 0x9d, 0x57);
        if (shown.count({device, text}))
            continue;
        shown.insert({device, text});
        auto* callout = new DecisionCallout(text, accent);
        // The newest decision on top, where a callout still overlaps another.
        callout->setZValue(kCalloutZ - static_cast<qreal>(applied - i) / (kMaxLookBack + 1));
        callout->setParentItem(layer_);
        PresentationStyle::makeScalable(callout);
        placeCallout(callout, devicePoint(device), n, scale, placed, obstacles);
        ++n;
        marks_.push_back(callout);
    }
}

std::vector<QRectF> PlaybackOverlay::deviceRects() const {
    std::vector<QRectF> rects;
    if (scene_)
        for (QGraphicsItem* item : scene_->items())
            if (item->type() == DeviceItem::Type)
                rects.push_back(item->sceneBoundingRect());
    return rects;
}

void PlaybackOverlay::placeCallout(QGraphicsItem* callout, QPointF device, int stacked, qreal scale,
                                   std::vector<QRectF>& placed,
                                   const std::vector<QRectF>& obstacles) {
    // Above the device, stacked; then higher, to the sides and below: the first
    // place that covers no other callout and no other device (close neighbours,
    // or everything larger in presenter mode). Nothing free: the first place.
    const qreal w = callout->boundingRect().width() * scale;
    std::vector<QPointF> candidates;
    for (int level = stacked; level < stacked + 4; ++level)
        candidates.emplace_back(0, (-22 - 26.0 * level) * scale);
    for (int level = 0; level < 4; ++level)
        for (qreal side : {1.0, -1.0})
            candidates.emplace_back(side * (w / 2 + 30 * scale), (-4 - 26.0 * level) * scale);
    for (int level = 0; level < 3; ++level)
        candidates.emplace_back(0, (86 + 26.0 * level) * scale);
    for (const QPointF& offset : candidates) {
        callout->setPos(device + offset);
        const QRectF r = callout->sceneBoundingRect();
        const auto hits = [&r, device](const QRectF& o) {
            return o.intersects(r) && !o.contains(device); // its own device may be touched
        };
        if (std::none_of(placed.begin(), placed.end(),
                         [&r](const QRectF& o) { return o.intersects(r); }) &&
            std::none_of(obstacles.begin(), obstacles.end(), hits)) {
            placed.push_back(r);
            return;
        }
    }
    callout->setPos(device + candidates.front());
    placed.push_back(callout->sceneBoundingRect());
}

std::vector<quint64> PlaybackOverlay::framesInFlight() const {
    std::vector<quint64> ids;
    for (const auto& [id, token] : tokens_)
        ids.push_back(id);
    return ids;
}

const PduToken* PlaybackOverlay::token(quint64 frameId) const {
    auto it = tokens_.find(frameId);
    return it == tokens_.end() ? nullptr : it->second;
}

QStringList PlaybackOverlay::calloutTexts() const {
    QStringList out;
    for (QGraphicsItem* item : marks_)
        if (auto* c = dynamic_cast<DecisionCallout*>(item))
            out << c->text();
    return out;
}

QStringList PlaybackOverlay::dropReasons() const {
    QStringList out;
    for (QGraphicsItem* item : marks_)
        if (auto* d = dynamic_cast<DropMark*>(item))
            out << d->reason();
    return out;
}

} // namespace ww::ui
