#pragma once

// What a receiving stack does with a PDU after opening it, and who a PDU is
// addressed to: the parts of the encapsulation story that read more than the
// PDU's own events.
#include "inspector/encapsulation_story.h"
#include "inspector/journey_key.h"

namespace ww::inspector {

// Sets step.delivery, step.layer and step.offendingProtocol from the PDU a
// Delivered event hands up (an ARP packet, an ICMP message, data).
void classifyDelivery(StoryStep& step);

// The receiving stack's own work right after Delivered event `index`: the ARP
// cache update and the ARP reply, the echo reply ICMP builds, the application
// told of an ICMP error.
std::vector<StoryStep> aftermathOf(const RecordedRun& run, std::size_t index,
                                   const StoryStep& delivered);

// The layer a drop happens in: a PDU is dropped by the layer that read it.
Layer dropLayer(DropReason reason, const Journey& journey);

// Who the story's PDU is addressed to (the story's frame as its sender built it).
Audience audienceOf(const RecordedRun& run, const EncapsulationStory& story);

} // namespace ww::inspector
