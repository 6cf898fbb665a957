#include "models/event_list_facts.h"

#include "models/event_summary.h"
#include "models/recorded_run.h"

#include <algorithm>

namespace ww::ui {

std::shared_ptr<const EventListFacts> EventListFacts::of(const RecordedRun& run,
                                                         const std::atomic<bool>* cancel) {
    auto facts = std::make_shared<EventListFacts>();
    EventDescriber describer(run);
    describer.setRelativeSequence(true); // the bases are wanted even when absolute is shown
    facts->rows.reserve(run.events().size());
    for (const Event& e : run.events()) {
        if (cancel && (facts->rows.size() & 4095) == 0 && cancel->load())
            return nullptr;
        describer.pdus().clearLastTcpBases();
        const EventRow r = describer.describe(e);
        auto p = std::find(facts->protocols.begin(), facts->protocols.end(), r.protocol);
        if (p == facts->protocols.end())
            p = facts->protocols.insert(facts->protocols.end(), r.protocol);
        const auto& bases = describer.pdus().lastTcpBases();
        if (bases && (bases->sequence != 0 || bases->acknowledgment != 0) &&
            std::holds_alternative<FrameTxStart>(e.kind))
            facts->tcpBases.push_back({static_cast<std::uint32_t>(facts->rows.size()), *bases});
        facts->rows.push_back({r.device, r.peer,
                               static_cast<std::uint16_t>(p - facts->protocols.begin()),
                               static_cast<std::int8_t>(r.layer), r.detail});
    }
    facts->tcpBases.shrink_to_fit();
    return facts;
}

} // namespace ww::ui
