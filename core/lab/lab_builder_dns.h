#pragma once

// Names in a lab's network: each host's stub resolver from its "resolver" key, and the
// scenario actions that take a name (dns, ping and http with "name").
#include "apps/dns_stub.h"
#include "lab/lab.h"

#include <functional>

namespace ww {
class IpNode;
class Network;
} // namespace ww

namespace ww::lab {

dns::StubConfig toStubConfig(const Resolver& r);

// Runs one repetition of an address action (the builder's own, which publishes its step).
using RunAction = std::function<void(const Action& resolved, int repetition)>;

// A dns action, or ping/http with "name": each is resolved by the host's stub first.
// ping resolves once and then sends `count` echoes, `interval` apart, like the ping
// program; http and dns resolve at every repetition (the second is a cache hit).
void scheduleByName(Network& net, IpNode& node, const Action& a, RunAction run);

} // namespace ww::lab
