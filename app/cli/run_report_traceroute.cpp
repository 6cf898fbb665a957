#include "cli/run_report_traceroute.h"

#include "wire/icmp.h"

namespace ww::cli {

namespace {

QString ip(Ipv4Address a) {
    return QString::fromStdString(a.toString());
}

// Linux traceroute's marks after a probe's time: !H, !N, !P ... for unreachables; none for
// time exceeded, an echo reply or port unreachable (the destination reached).
QString mark(const TracerouteProbeResult& r) {
    if (r.type != icmp::kDestinationUnreachable)
        return {};
    switch (r.code) {
    case 0:
        return QStringLiteral(" !N");
    case 1:
        return QStringLiteral(" !H");
    case 2:
        return QStringLiteral(" !P");
    case 3:
        return {};
    case 4:
        return QStringLiteral(" !F");
    case 9:
    case 10:
    case 13:
        return QStringLiteral(" !X");
    default:
        return QStringLiteral(" !%1").arg(r.code);
    }
}

} // namespace

QString TracerouteRunReport::headerLine(Ipv4Address target, int maxHops, std::uint32_t bytes) {
    // The program's own output, untranslated like ping's lines.
    return QStringLiteral("traceroute to %1 (%1), %2 hops max, %3 byte packets")
        .arg(ip(target))
        .arg(maxHops)
        .arg(bytes);
}

QString TracerouteRunReport::hopLine(int ttl, const std::vector<TracerouteProbeResult>& probes) {
    QString line = QStringLiteral("%1 ").arg(ttl, 2);
    const TracerouteProbeResult* previous = nullptr;
    for (const TracerouteProbeResult& p : probes) {
        if (!p.answered) {
            line += QStringLiteral(" *");
        } else {
            // The address once, again only when another router answers a later probe.
            if (!previous || !previous->answered || previous->from != p.from)
                line += QStringLiteral(" %1 (%1)").arg(ip(p.from));
            line +=
                QStringLiteral("  %1 ms").arg(timeToSeconds(p.rtt) * 1000.0, 0, 'f', 3) + mark(p);
        }
        previous = &p;
    }
    return line;
}

bool TracerouteRunReport::belongsToRun(DeviceId device, Ipv4Address about) const {
    for (const auto& [key, run] : runs_)
        if (key.first == device && !run.finished && run.target == about)
            return true;
    return false;
}

bool TracerouteRunReport::onEvent(const Event& e, bool verbose, const QString& when) {
    if (auto* s = std::get_if<ScenarioStep>(&e.kind))
        return s->action == ActionKind::Traceroute && !s->target.isUnspecified();
    if (auto* sent = std::get_if<TracerouteProbeSent>(&e.kind)) {
        Run& run = runs_[{sent->device, sent->run}];
        if (sent->ttl == 1 && sent->probeIndex == 0) {
            run.target = sent->target;
            if (verbose)
                out_ << when << ' ' << QString::fromStdString(net_.device(sent->device).name())
                     << ": " << headerLine(sent->target, sent->maxHops, sent->bytes) << '\n';
        }
        return true;
    }
    if (auto* r = std::get_if<TracerouteProbeResult>(&e.kind)) {
        Run& run = runs_[{r->device, r->run}];
        run.hop.push_back(*r);
        run.finished = r->finished;
        if (r->probeIndex + 1 == static_cast<int>(run.hop.size()) && r->probeIndex == 2) {
            if (verbose)
                out_ << hopLine(r->ttl, run.hop) << '\n';
            run.hop.clear();
        }
        return true;
    }
    if (auto* err = std::get_if<IcmpErrorReceived>(&e.kind))
        return belongsToRun(err->device, err->originalDestination) &&
               (err->type == icmp::kTimeExceeded || err->type == icmp::kDestinationUnreachable);
    return false;
}

} // namespace ww::cli
