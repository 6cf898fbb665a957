#pragma once

// A DNS walk written by hand: the notes' first lookup of www.naver.com, the shape
// buildDnsWalks() gives a recording, for the painter tests.
#include "dns/dns_walk.h"

namespace ww::test {

inline ui::DnsStep step(ui::DnsStepKind kind, int from, int to, std::size_t event,
                        const QString& headline, bool recursive = false,
                        ui::DnsReply reply = ui::DnsReply::Answer) {
    ui::DnsStep s;
    s.kind = kind;
    s.from = from;
    s.to = to;
    s.event = event;
    s.time = static_cast<SimTime>(event) * 1000;
    s.headline = headline;
    s.recursive = recursive;
    s.reply = reply;
    return s;
}

inline ui::DnsWalk syntheticWalk() {
    using ui::DnsLaneRole;
    using ui::DnsStepKind;
    ui::DnsWalk w;
    w.host = 0;
    w.name = QStringLiteral("www.naver.com");
    w.type = QStringLiteral("A");
    w.outcome = QStringLiteral("223.130.200.104");
    w.lanes = {
        {0, DnsLaneRole::Application, QStringLiteral("PC1"), {}},
        {0, DnsLaneRole::Stub, QStringLiteral("PC1"), {}},
        {1, DnsLaneRole::Resolver, QStringLiteral("DNS1"), {}},
        {2, DnsLaneRole::Root, QStringLiteral("ROOT"), QStringLiteral(".")},
        {3, DnsLaneRole::Tld, QStringLiteral("KR"), QStringLiteral("kr.")},
        {4, DnsLaneRole::Authoritative, QStringLiteral("NAVER"), QStringLiteral("naver.com.")}};
    w.steps = {
        step(DnsStepKind::Ask, 0, 1, 10, QStringLiteral("asks for A www.naver.com")),
        step(DnsStepKind::Check, 1, 1, 11, QStringLiteral("stub cache: miss")),
        step(DnsStepKind::Check, 1, 1, 12, QStringLiteral("hosts file: miss")),
        step(DnsStepKind::Query, 1, 2, 20, QStringLiteral("recursive query: A www.naver.com?"),
             true),
        step(DnsStepKind::Check, 2, 2, 30, QStringLiteral("resolver cache: miss")),
        step(DnsStepKind::Query, 2, 3, 31, QStringLiteral("iterative query to the root")),
        step(DnsStepKind::Response, 3, 2, 40, QStringLiteral("referral to com."), false,
             ui::DnsReply::Referral),
        step(DnsStepKind::Query, 2, 4, 41, QStringLiteral("iterative query to the TLD")),
        step(DnsStepKind::Response, 4, 2, 50, QStringLiteral("referral to naver.com."), false,
             ui::DnsReply::Referral),
        step(DnsStepKind::Query, 2, 5, 51, QStringLiteral("iterative query to naver.com.")),
        step(DnsStepKind::Response, 5, 2, 60, QStringLiteral("authoritative answer")),
        step(DnsStepKind::Response, 2, 1, 70, QStringLiteral("answer to PC1"), true),
        step(DnsStepKind::Result, 1, 0, 71, QStringLiteral("223.130.200.104")),
    };
    w.steps[10].details = {QStringLiteral("www.naver.com. 300 IN A 223.130.200.104")};
    w.steps[10].cached = {QStringLiteral("cached on DNS1: www.naver.com A 223.130.200.104")};
    return w;
}

} // namespace ww::test
