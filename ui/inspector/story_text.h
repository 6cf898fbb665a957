#pragma once

#include "inspector/encapsulation_story.h"

#include <QColor>
#include <QString>

namespace ww::inspector {

// Words of the notes, translated in context "StoryText": 메시지, 세그먼트, 데이터그램, 패킷,
// 프레임.
QString pduNameText(PduName name);
QString layerText(Layer layer);
QString roleText(HopRole role);
QString protocolText(Protocol protocol); // "TCP", "IPv4", "Ethernet", "data"
// "TCP segment", "IPv4 packet", "Ethernet frame", "HTTP message".
QString pduCaption(Protocol protocol, PduName name);
QString checkText(const StoryStep& step);
QString dropText(DropReason reason);
// The short line drawn in a device's column for the receiving stack's own
// steps (Delivered, CacheUpdated, Answered, Held, Reassembled, Notified) and
// for a drop; stepSentence() puts the device's name in front.
QString receiveLine(const StoryStep& step);
// "fragment 2/3".
QString fragmentName(const StoryStep& step);
// "fragment 2/3: " for a step that carries one fragment, else empty.
QString fragmentPrefix(const StoryStep& step);
// What a fragment carries of the original's payload: "ICMP header + data, bytes 0-551"
// or "ICMP data, bytes 552-1103" (later fragments carry no transport header).
QString fragmentContents(const StoryStep& step);
// What the story's PDU is, by what its sender's top layer made: "ARP request",
// "ICMP echo request", "UDP datagram", "HTTP message".
QString storyPduText(const EncapsulationStory& story);
// "Encapsulation and decapsulation: ARP request from PC1 to everyone on 10.0.1.0/24".
QString storyTitle(const EncapsulationStory& story);
// Where a protocol sits in the notes' four-layer model when that is not what
// its encapsulation suggests (ARP: Internet layer, yet no IP header); empty otherwise.
QString layerPlacementNote(Protocol protocol);
// One sentence for the caption of the animation: what happened at this step.
QString stepSentence(const StoryHop& hop, const StoryStep& step);
// The colour a protocol's header has in every view.
QColor protocolColor(Protocol protocol);
QString macText(std::uint64_t mac);

} // namespace ww::inspector
