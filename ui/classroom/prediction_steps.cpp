// Questions about a device's decision: a TCP state change, a router's TTL, a switch's
// flood or forward, a router's fragments.
#include "classroom/prediction_parts.h"
#include "wire/ipv4.h"

#include <algorithm>

namespace ww::ui::classroom {

namespace {

// Why a connection moves from one state to another (RFC 9293 §3.3.2's diagram).
QString transitionWhy(TcpState from, TcpState to) {
    using S = TcpState;
    if (from == S::Closed && to == S::SynSent)
        return Prediction::tr("An active open sends SYN and waits for the answer in SYN-SENT.");
    if (from == S::Listen && to == S::SynReceived)
        return Prediction::tr("A listener that receives a SYN answers SYN-ACK and waits in "
                              "SYN-RECEIVED for the ACK of its own SYN.");
    if (from == S::SynSent && to == S::Established)
        return Prediction::tr("The SYN-ACK arrived: it answers with an ACK and the three-way "
                              "handshake is complete on its side.");
    if (from == S::SynReceived && to == S::Established)
        return Prediction::tr("The ACK of its SYN arrived: the connection is established.");
    if (from == S::SynSent && to == S::SynReceived)
        return Prediction::tr("A SYN crossed its own SYN (simultaneous open): it answers "
                              "SYN-ACK and waits in SYN-RECEIVED.");
    if (from == S::Established && to == S::FinWait1)
        return Prediction::tr("The application closed: FIN sent. The side that closes first is "
                              "the active closer and goes to FIN-WAIT-1.");
    if (from == S::Established && to == S::CloseWait)
        return Prediction::tr("A FIN arrived: the peer has finished sending. It stays in "
                              "CLOSE-WAIT until its own application closes.");
    if (from == S::FinWait1 && to == S::FinWait2)
        return Prediction::tr("Its FIN was acknowledged; FIN-WAIT-2 waits for the peer's FIN.");
    if (from == S::FinWait1 && to == S::Closing)
        return Prediction::tr("The peer's FIN arrived before the ACK of its own (simultaneous "
                              "close): CLOSING.");
    if ((from == S::FinWait1 || from == S::FinWait2 || from == S::Closing) && to == S::TimeWait)
        return Prediction::tr("Both FINs are acknowledged: TIME-WAIT for 2 MSL, which only the "
                              "active closer goes through.");
    if (from == S::CloseWait && to == S::LastAck)
        return Prediction::tr("Its application closed too: FIN sent, LAST-ACK waits for the "
                              "ACK of it.");
    if (from == S::LastAck && to == S::Closed)
        return Prediction::tr("The ACK of its FIN arrived: CLOSED, with no TIME-WAIT (that "
                              "belongs to the active closer).");
    if (from == S::TimeWait && to == S::Closed)
        return Prediction::tr("2 MSL passed in TIME-WAIT: CLOSED.");
    if (to == S::Closed)
        return Prediction::tr("A reset (RST) or a give-up after retransmissions ended the "
                              "connection.");
    return Prediction::tr("RFC 9293 §3.3.2: %1 to %2.").arg(tcpStateText(from), tcpStateText(to));
}

QString portList(const RecordedRun& run, DeviceId device, const std::vector<PortIndex>& ports) {
    QStringList names;
    for (PortIndex p : ports)
        names << run.portName(device, p);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString switchChoiceText(const RecordedRun& run, DeviceId device, SwitchAction action,
                         const std::vector<PortIndex>& ports) {
    switch (action) {
    case SwitchAction::Forwarded:
        return Prediction::tr("Forward out %1").arg(portList(run, device, ports));
    case SwitchAction::Flooded:
        return Prediction::tr("Flood out %1").arg(portList(run, device, ports));
    case SwitchAction::Filtered:
        return Prediction::tr("Filter it (send it nowhere)");
    }
    return {};
}

std::optional<Question> tcpStateQuestion(const RecordedRun& run, std::size_t index) {
    const auto* c = std::get_if<TcpStateChanged>(&run.events()[index].kind);
    if (!c)
        return std::nullopt;
    Question q;
    q.kind = QuestionKind::TcpState;
    q.event = index;
    q.form = AnswerForm::Choice;
    q.prompt = Prediction::tr("%1's connection %2:%3 - %4:%5 is in %6. Which state does it move "
                              "to next?")
                   .arg(run.deviceName(c->conn.device), ipText(c->conn.localAddress))
                   .arg(c->conn.localPort)
                   .arg(ipText(c->conn.remoteAddress))
                   .arg(c->conn.remotePort)
                   .arg(tcpStateText(c->from));
    // The answer and its three nearest states in RFC 9293's order (never the current one).
    const int to = static_cast<int>(c->to);
    std::vector<int> picks{to};
    for (int d = 1; picks.size() < 4 && d <= 10; ++d)
        for (int s : {to - d, to + d})
            if (s >= 0 && s <= static_cast<int>(TcpState::TimeWait) && s != int(c->from) &&
                picks.size() < 4)
                picks.push_back(s);
    std::sort(picks.begin(), picks.end());
    for (int s : picks)
        q.choices << tcpStateText(static_cast<TcpState>(s));
    q.answer = tcpStateText(c->to);
    q.explanation = transitionWhy(c->from, c->to);
    q.key = QStringLiteral("state:%1:%2:%3:%4")
                .arg(c->conn.device)
                .arg(c->conn.connection)
                .arg(int(c->from))
                .arg(to);
    return q;
}

std::optional<Question> ttlQuestion(const RecordedRun& run, std::size_t index) {
    const auto* r = std::get_if<RouterDecision>(&run.events()[index].kind);
    if (!r)
        return std::nullopt;
    Question q;
    q.kind = QuestionKind::TtlAfterRouter;
    q.event = index;
    q.form = AnswerForm::Number;
    q.prompt = Prediction::tr("%1 forwards a packet to %2 that arrived with TTL %3. With which "
                              "TTL does it leave?")
                   .arg(run.deviceName(r->device), ipText(r->destination))
                   .arg(r->ttlBefore);
    q.answer = QString::number(r->ttlAfter);
    q.explanation = Prediction::tr("Every router takes one from the TTL (%1 - 1 = %2) and so "
                                   "recomputes the header checksum; a packet whose TTL would reach "
                                   "0 is dropped with ICMP time exceeded, which traceroute uses.")
                        .arg(r->ttlBefore)
                        .arg(r->ttlAfter);
    q.key = QStringLiteral("ttl:%1:%2").arg(r->device).arg(r->ttlBefore);
    return q;
}

std::optional<Question> switchQuestion(const RecordedRun& run, std::size_t index) {
    const auto* s = std::get_if<SwitchDecision>(&run.events()[index].kind);
    if (!s)
        return std::nullopt;
    const DeviceInfo& info = run.devices()[s->device];
    std::vector<PortIndex> others;
    for (std::size_t p = 0; p < info.ports.size(); ++p)
        if (p != s->inPort)
            others.push_back(static_cast<PortIndex>(p));
    Question q;
    q.kind = QuestionKind::SwitchAction;
    q.event = index;
    q.form = AnswerForm::Choice;
    q.prompt = Prediction::tr("A frame for %1 arrives at %2 on port %3. What does the switch do?")
                   .arg(macText(s->destination), run.deviceName(s->device),
                        run.portName(s->device, s->inPort));
    for (PortIndex p : others)
        q.choices << switchChoiceText(run, s->device, SwitchAction::Forwarded, {p});
    // The flood choice names the ports the engine flooded to when it flooded (a port may be
    // in another VLAN), else every other port.
    q.choices << switchChoiceText(run, s->device, SwitchAction::Flooded,
                                  s->action == SwitchAction::Flooded ? s->outPorts : others);
    q.choices << switchChoiceText(run, s->device, SwitchAction::Filtered, {});
    q.answer = switchChoiceText(run, s->device, s->action, s->outPorts);
    if (!q.choices.contains(q.answer))
        q.choices.insert(0, q.answer);
    const QString mac = macText(s->destination);
    switch (s->action) {
    case SwitchAction::Forwarded:
        q.explanation = Prediction::tr("Its MAC table has %1 on %2, so the frame goes out that "
                                       "port only.")
                            .arg(mac, portList(run, s->device, s->outPorts));
        break;
    case SwitchAction::Flooded:
        q.explanation = s->destination.isMulticast()
                            ? Prediction::tr("%1 is a broadcast or multicast address: a switch "
                                             "floods it out every port but the one it came in on.")
                                  .arg(mac)
                            : Prediction::tr("%1 is not in its MAC table yet (it learns source "
                                             "addresses only), so it floods the frame out every "
                                             "port but the one it came in on.")
                                  .arg(mac);
        break;
    case SwitchAction::Filtered:
        q.explanation = Prediction::tr("Its MAC table has %1 on the port the frame came in on: "
                                       "the destination already has it, so the switch drops it.")
                            .arg(mac);
        break;
    }
    q.key =
        QStringLiteral("switch:%1:%2:%3").arg(s->device).arg(mac).arg(static_cast<int>(s->action));
    return q;
}

std::optional<Question> fragmentQuestion(const RecordedRun& run, std::size_t index) {
    const auto* f = std::get_if<Fragmented>(&run.events()[index].kind);
    if (!f || f->fragments.empty())
        return std::nullopt;
    QStringList offsets, units;
    for (const PduRef& fragment : f->fragments) {
        auto ip = ipv4::parse(fragment.view());
        if (!ip)
            return std::nullopt;
        offsets << QString::number(ip->repr.fragmentOffset * 8);
        units << QString::number(ip->repr.fragmentOffset);
    }
    auto original = ipv4::parse(f->original.view());
    if (!original)
        return std::nullopt;
    const std::uint32_t header = static_cast<std::uint32_t>(original->repr.headerLen());
    const std::uint32_t perFragment = (f->mtu - header) / 8 * 8;
    Question q;
    q.kind = QuestionKind::FragmentOffsets;
    q.event = index;
    q.form = AnswerForm::Numbers;
    q.prompt = Prediction::tr("%1 must send a %2-byte packet (%3 bytes of data) over a link with "
                              "MTU %4. What are the fragments' offsets, in bytes (for example "
                              "0, 800)?")
                   .arg(run.deviceName(f->device))
                   .arg(f->original.size())
                   .arg(original->payload.size())
                   .arg(f->mtu);
    q.answer = offsets.join(QStringLiteral(", "));
    q.explanation = Prediction::tr("Each fragment but the last carries (MTU %1 - %2-byte header) "
                                   "rounded down to a multiple of 8 = %3 data bytes, so the "
                                   "offsets are %4. The header's fragment offset field counts "
                                   "8-byte units: %5.")
                        .arg(f->mtu)
                        .arg(header)
                        .arg(perFragment)
                        .arg(q.answer, units.join(QStringLiteral(", ")));
    q.key = QStringLiteral("frag:%1:%2:%3").arg(f->device).arg(f->mtu).arg(f->original.size());
    return q;
}

} // namespace ww::ui::classroom
