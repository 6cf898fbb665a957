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
// One sentence for the caption of the animation: what happened at this step.
QString stepSentence(const StoryHop& hop, const StoryStep& step);
// The colour a protocol's header has in every view.
QColor protocolColor(Protocol protocol);
QString macText(std::uint64_t mac);

} // namespace ww::inspector
