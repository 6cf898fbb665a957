#pragma once

// A small DNS world on one switch for the DNS server tests: a client, a resolver, a forwarder,
// the root, the "com." TLD and the authoritative servers of naver.com. and example.com.
// Lab JSON, so the "dns" key is read, validated and built as a lab file would be.

namespace ww::test {

inline const char* kDnsWorld = R"({
  "format": "wirewalk-lab", "version": 1, "name": "dns-world", "duration": 400,
  "devices": [
    {"name": "Client", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.10/24"}]},
    {"name": "Resolver", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.53/24"}],
     "dns": {"role": "resolver", "root_hints": [{"name": "a.root-servers.net.", "address": "10.0.0.1"}]}},
    {"name": "Forwarder", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.254/24"}],
     "dns": {"role": "forwarder", "forwarders": ["10.0.0.53"]}},
    {"name": "Root", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.1/24"}],
     "dns": {"role": "authoritative", "zones": [{"origin": ".",
       "soa": {"mname": "a.root-servers.net.", "rname": "nstld.verisign-grs.com.", "minimum": 86400, "ttl": 86400},
       "records": [
         {"name": "@", "type": "NS", "ttl": 518400, "value": "a.root-servers.net."},
         {"name": "a.root-servers.net.", "type": "A", "ttl": 518400, "value": "10.0.0.1"},
         {"name": "com", "type": "NS", "ttl": 172800, "value": "a.gtld-servers.net."},
         {"name": "a.gtld-servers.net.", "type": "A", "ttl": 172800, "value": "10.0.0.2"}]}]}},
    {"name": "TLD", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.2/24"}],
     "dns": {"role": "authoritative", "zones": [{"origin": "com.",
       "soa": {"mname": "a.gtld-servers.net.", "rname": "nstld.verisign-grs.com.", "minimum": 900, "ttl": 900},
       "records": [
         {"name": "@", "type": "NS", "ttl": 172800, "value": "a.gtld-servers.net."},
         {"name": "naver", "type": "NS", "ttl": 172800, "value": "ns1.naver.com."},
         {"name": "ns1.naver", "type": "A", "ttl": 172800, "value": "10.0.0.3"},
         {"name": "example", "type": "NS", "ttl": 172800, "value": "ns.example.com."},
         {"name": "ns.example", "type": "A", "ttl": 172800, "value": "10.0.0.4"}]}]}},
    {"name": "Naver", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.3/24"}],
     "dns": {"role": "authoritative", "zones": [{"origin": "naver.com.",
       "soa": {"mname": "ns1", "rname": "hostmaster", "serial": 2024010101, "minimum": 30, "ttl": 300},
       "records": [
         {"name": "@", "type": "NS", "ttl": 3600, "value": "ns1"},
         {"name": "ns1", "type": "A", "ttl": 3600, "value": "10.0.0.3"},
         {"name": "www", "type": "A", "ttl": 60, "value": "10.0.0.80"},
         {"name": "m", "type": "CNAME", "ttl": 60, "value": "www"},
         {"name": "cdn", "type": "CNAME", "ttl": 60, "value": "edge.example.com."},
         {"name": "@", "type": "MX", "ttl": 300, "value": "10 mail"},
         {"name": "mail", "type": "A", "ttl": 300, "value": "10.0.0.25"}
       ]}]}},
    {"name": "Example", "type": "host", "interfaces": [{"name": "eth0", "address": "10.0.0.4/24"}],
     "dns": {"role": "authoritative", "zones": [{"origin": "example.com.",
       "records": [
         {"name": "@", "type": "NS", "ttl": 3600, "value": "ns"},
         {"name": "ns", "type": "A", "ttl": 3600, "value": "10.0.0.4"},
         {"name": "edge", "type": "A", "ttl": 120, "value": "10.0.0.81"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.1"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.2"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.3"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.4"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.5"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.6"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.7"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.8"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.9"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.10"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.11"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.12"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.13"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.14"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.15"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.16"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.17"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.18"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.19"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.20"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.21"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.22"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.23"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.24"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.25"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.26"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.27"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.28"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.29"},
         {"name": "big", "type": "A", "ttl": 120, "value": "10.0.1.30"}
       ]}]}},
    {"name": "SW", "type": "switch", "interfaces": [
      {"name": "p1"}, {"name": "p2"}, {"name": "p3"}, {"name": "p4"}, {"name": "p5"}, {"name": "p6"}, {"name": "p7"}]}
  ],
  "links": [
    {"name": "l1", "a": "Client:eth0", "b": "SW:p1"},
    {"name": "l2", "a": "Resolver:eth0", "b": "SW:p2"},
    {"name": "l3", "a": "Forwarder:eth0", "b": "SW:p3"},
    {"name": "l4", "a": "Root:eth0", "b": "SW:p4"},
    {"name": "l5", "a": "TLD:eth0", "b": "SW:p5"},
    {"name": "l6", "a": "Naver:eth0", "b": "SW:p6"},
    {"name": "l7", "a": "Example:eth0", "b": "SW:p7"}
  ]
})";

} // namespace ww::test
