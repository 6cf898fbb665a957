#pragma once

#include "trace/event.h"
#include "wire/address.h"

#include <optional>
#include <vector>

namespace ww {

// IPv4 routes of one node: connected networks, static routes, a default route.
// Lookup is longest-prefix match (RFC 1812 §5.2.4.3); among equal lengths the
// first added wins (connected routes are added first).
class RoutingTable {
public:
    void add(RouteView route) { routes_.push_back(route); }
    // Removes the routes for exactly this prefix (an address given up or replaced).
    void remove(Ipv4Address prefix, int length) {
        std::erase_if(routes_, [&](const RouteView& r) {
            return r.prefix == prefix && r.length == length;
        });
    }
    std::optional<RouteView> longestPrefixMatch(Ipv4Address destination) const;
    const std::vector<RouteView>& routes() const { return routes_; }

private:
    std::vector<RouteView> routes_;
};

} // namespace ww
