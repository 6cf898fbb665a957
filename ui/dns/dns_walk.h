#pragma once

#include "sim/time.h"
#include "trace/event.h"

#include <QString>
#include <QStringList>
#include <cstddef>
#include <vector>

namespace ww::ui {

// One application lookup and the server work it caused, as the notes' numbered
// walk: who took part (lanes, left to right in the notes' order) and what
// happened, one step a row in the order it happened. Built from the recorded
// events by buildDnsWalks(); drawn by DnsWalkPainter. Plain data, so tests can
// write one by hand.

// The lanes, in the notes' order: browser → stub resolver (its cache and the
// hosts file) → router forwarding → cache DNS server → root → TLD → authoritative.
enum class DnsLaneRole { Application, Stub, Forwarder, Resolver, Root, Tld, Authoritative };

struct DnsLane {
    DeviceId device = kNoDevice;
    DnsLaneRole role = DnsLaneRole::Application;
    QString deviceName; // "PC1"
    QString zone;       // what an authoritative server serves: ".", "kr.", "naver.com."
};

enum class DnsStepKind {
    Ask,      // the application asks its stub resolver (getaddrinfo)
    Check,    // a cache, the hosts file or a zone looked in: hit or miss
    Query,    // a query on the wire, from lane `from` to lane `to`
    Response, // its response, back from `from` to `to`
    Result,   // the application gets its answer (or the failure)
};

// What a response carried (the contract's DnsAnswerKind, plus the outcome's Timeout).
enum class DnsReply { Answer, Referral, NxDomain, NoData, ServFail, Refused, Timeout };

struct DnsStep {
    DnsStepKind kind = DnsStepKind::Query;
    int from = 0;          // lane index
    int to = 0;            // lane index (== from for Ask's stub side, Check and Result)
    std::size_t event = 0; // the event this step draws (index into RecordedRun::events())
    SimTime time = 0;
    bool recursive = false; // Query: RD=1 (answer it for me); Response: to a recursive query
    bool tcp = false;
    bool hit = false;      // Check: found
    bool negative = false; // Check: a cached "no such name"
    DnsReply reply = DnsReply::Answer;
    QString headline;    // one line: "Recursive query (RD=1): A www.naver.com?"
    QStringList details; // records, referral NS and glue
    QStringList cached;  // what got cached because of this step
};

struct DnsWalk {
    DeviceId host = kNoDevice;
    QString name;      // the name looked up, "www.naver.com"
    QString type;      // "A"
    SimTime start = 0; // when the application asked
    std::vector<DnsLane> lanes;
    std::vector<DnsStep> steps;
    // Answered from a cache (the stub's, a forwarder's or the resolver's) without
    // any iterative query: drawn as the short path, with what answered it.
    bool shortPath = false;
    QString answeredBy; // "the stub cache on PC1", set when shortPath
    QString outcome;    // "223.130.200.104", "No such name (NXDOMAIN)"

    // How many steps have happened once the first `applied` events have (steps are in event order).
    int stepsHappened(std::size_t applied) const;
    // Index of the first iterative query (where the callout goes), -1 if none.
    int firstIterativeQuery() const;
};

} // namespace ww::ui
