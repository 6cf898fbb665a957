#pragma once

#include "models/frame_summary.h"
#include "models/recorded_run.h"

#include <QCoreApplication>
#include <QString>

namespace ww::ui {

// One row of the event list: who, at which layer, which protocol, what.
struct EventRow {
    DeviceId device = kNoDevice; // the device it happened at (a frame: its sender)
    DeviceId peer = kNoDevice;   // a frame's receiver
    int layer = -1;              // a ww::Layer, -1 when none applies
    QString protocol;
    QString summary;
    // Plumbing a student rarely needs (headers pushed, transmit end, passed
    // checks): hidden by the event list unless asked for.
    bool detail = false;
};

QString layerName(Layer layer);

// Describes a run's events in order (TCP sequence numbers come out relative).
class EventDescriber {
    Q_DECLARE_TR_FUNCTIONS(EventDescriber)
public:
    explicit EventDescriber(const RecordedRun& run)
        : run_(run) {}
    EventRow describe(const Event& event);
    void setRelativeSequence(bool relative) { pdus_.setRelativeSequence(relative); }
    // For describing events out of order (see PduDescriber::pinTcpBases).
    PduDescriber& pdus() { return pdus_; }

    // Also for the canvas callouts: "MAC table: port p2", "flood".
    static QString switchDecisionText(const RecordedRun& run, const SwitchDecision& d);
    // "10.0.2.0/24 via eth1, TTL 64→63"
    static QString routerDecisionText(const RecordedRun& run, const RouterDecision& d);

private:
    PduSummary pdu(const PduRef& pdu, bool isFrame);

    const RecordedRun& run_;
    PduDescriber pdus_;
};

} // namespace ww::ui
