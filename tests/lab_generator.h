#pragma once

// Random labs within exactly the ranges the lab format accepts (docs/lab-format.md,
// core/lab/lab_json.cpp, lab_validate.cpp): hosts, switches, routers, an L3 switch;
// sizes 0-65507 (TCP up to 100,000,000), MTU 68-9000, TTL 1-255, loss, bit errors,
// queues, `lose`, static routes including loops, switching loops, DHCP, NAT, every
// action kind to unicast, broadcast, multicast and odd addresses. Every lab it makes
// must pass the real loader: one that does not is a generator bug.
#include <QByteArray>
#include <cstdint>

namespace ww::test {

// The lab for `seed`, as lab file JSON; the same seed always gives the same bytes.
QByteArray generateLabJson(std::uint64_t seed);

} // namespace ww::test
