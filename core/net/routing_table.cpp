#include "net/routing_table.h"

namespace ww {

std::optional<RouteView> RoutingTable::longestPrefixMatch(Ipv4Address destination) const {
    const RouteView* best = nullptr;
    for (const RouteView& r : routes_) {
        const Ipv4Prefix prefix{r.prefix, r.length};
        if (prefix.contains(destination) && (!best || r.length > best->length))
            best = &r;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

} // namespace ww
