#pragma once

#include "models/frame_summary.h"
#include "models/recorded_run.h"

#include <QLineF>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <functional>
#include <map>
#include <vector>

class QGraphicsItem;
class QGraphicsObject;
class QGraphicsScene;

namespace ww::ui {

class PlaybackClock;
class PduToken;

// Draws the recording at the clock's cursor on top of a topology scene: a
// token for each frame in flight (interpolated between transmit start and
// arrival, one per link copy, so broadcasts fan out), a red X where something
// was dropped, and short-lived callouts at switches and routers about what they
// decided. Clicking a token emits dropRequested(frameId); the owner re-records
// with that loss (RecordedRun::withLoss) and gives the clock the new run.
class PlaybackOverlay : public QObject {
    Q_OBJECT
public:
    // Link `i` (lab.links order) from its endpoint a to endpoint b, in scene coordinates.
    using LinkLine = std::function<QLineF(int linkIndex)>;
    // A device's centre in scene coordinates.
    using DevicePosition = std::function<QPointF(const QString& deviceName)>;

    PlaybackOverlay(QGraphicsScene* scene, PlaybackClock* clock, LinkLine linkLine,
                    DevicePosition devicePosition, QObject* parent = nullptr);
    ~PlaybackOverlay() override;

    // How long (simulated) drops and decisions stay on the canvas, at least one
    // wall second at the clock's speed; the last event's mark always shows. Default 2 ms.
    void setMarkSpan(SimTime span);
    void setVisible(bool visible);

    // What is drawn now (for tests and tooltips).
    std::vector<quint64> framesInFlight() const;
    const PduToken* token(quint64 frameId) const;
    QStringList calloutTexts() const;
    QStringList dropReasons() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void dropRequested(quint64 frameId);

private:
    void rebuild();
    // The item all tokens and marks hang from; made again when the scene deleted
    // it (QGraphicsScene::clear()). False without a scene.
    bool ensureLayer();
    void clearTokens();
    void clearMarks();
    void placeMarks(std::size_t applied, SimTime now);
    QLineF flightLine(const FrameFlight& f) const;
    QPointF devicePoint(DeviceId id) const;

    // Puts a callout for `device` where it covers no callout in `placed` and no
    // device in `obstacles` (but its own), and adds it to `placed`.
    static void placeCallout(QGraphicsItem* callout, QPointF device, int stacked, qreal scale,
                             std::vector<QRectF>& placed, const std::vector<QRectF>& obstacles);
    std::vector<QRectF> deviceRects() const;

    QPointer<QGraphicsScene> scene_;
    QPointer<QGraphicsObject> layer_;
    PlaybackClock* clock_;
    LinkLine linkLine_;
    DevicePosition devicePosition_;
    SimTime markSpan_;
    bool visible_ = true;
    std::vector<PduSummary> tokenText_; // by flight index
    std::map<quint64, PduToken*> tokens_;
    std::vector<QGraphicsItem*> marks_; // drop marks and callouts, rebuilt on every refresh
    // Tokens, marks and the layer belong to the scene: deleted with it or by clear().
};

} // namespace ww::ui
