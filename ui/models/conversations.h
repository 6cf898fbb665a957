#pragma once

#include "models/recorded_run.h"
#include "sequence/messages.h"

#include <QCoreApplication>
#include <QString>
#include <cstddef>
#include <vector>

namespace ww::ui {

enum class ConversationKind : std::uint8_t { Lab, Tcp, Udp, Icmp, Arp, Dhcp };

// Who talked to whom in a run: one TCP connection (its 4-tuple and instance),
// a UDP address/port pair (DNS included), an ICMP echo identifier, one ARP
// resolution or one DHCP transaction; or the whole lab.
struct Conversation {
    ConversationKind kind = ConversationKind::Lab;
    // Stable: "tcp:10.0.1.10:49152-10.0.2.20:80" (initiator first; "#2" for a second
    // connection on the same 4-tuple), "udp:A:p-B:q", "icmp:A-B:id", "arp:A-B",
    // "dhcp:0x1a2b3c4d", "lab" for the whole lab.
    QString id;
    QString label;                     // for a combo box, translated
    std::vector<DeviceId> devices;     // the endpoints, initiator first
    std::vector<std::size_t> messages; // indexes into Conversations::messages, in send order
    std::vector<std::size_t> events;   // event indexes, ascending
    // TCP: the connection as each host knows it (device, connection number).
    std::vector<std::pair<DeviceId, std::uint32_t>> tcpConnections;
};

class Conversations {
    Q_DECLARE_TR_FUNCTIONS(Conversations)
public:
    static Conversations find(const RecordedRun& run);

    const std::vector<sequence::Message>& messages() const { return messages_; }
    // Every conversation except the whole lab, by first event.
    const std::vector<Conversation>& list() const { return list_; }
    const Conversation& wholeLab() const { return lab_; }
    // By ID, "lab", or 1-based number in list(); nullptr with a message naming
    // what was asked and the choices when there is none.
    const Conversation* byIdOrNumber(const QString& text, QString* problem) const;
    // The first TCP conversation, else the first of any kind, else the whole lab.
    const Conversation& preferred() const;

private:
    std::vector<sequence::Message> messages_;
    std::vector<Conversation> list_;
    Conversation lab_;
};

} // namespace ww::ui
