#!/usr/bin/env python3
"""`wirewalk subnet X --json` must agree with Python's ipaddress on every input:
the same fields for valid input, exit code 2 where Python raises ValueError.
Usage: subnet_vs_python.py /path/to/wirewalk"""
import ipaddress
import json
import random
import subprocess
import sys

wirewalk = sys.argv[1]
rng = random.Random(20261124)

RFC1918 = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
DOCUMENTATION = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
SHARED = ipaddress.ip_network("100.64.0.0/10")
THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")
LIMITED_BROADCAST = ipaddress.ip_address("255.255.255.255")


def expected(text):
    try:
        iface = ipaddress.ip_interface(text)
    except ValueError:
        return None
    if not isinstance(iface, ipaddress.IPv4Interface):
        return None
    net = iface.network
    p = net.prefixlen
    if p == 32:
        first = last = iface.ip
        usable = 1
    elif p == 31:
        first, last, usable = net.network_address, net.broadcast_address, 2
    else:
        first, last = net.network_address + 1, net.broadcast_address - 1
        usable = net.num_addresses - 2
    if p >= 16:  # small enough to count: "usable" is Python's len(hosts())
        assert usable == sum(1 for _ in net.hosts()), text
    ip = iface.ip
    # The notes, each from Python's own predicates where it has one.
    notes = [key for key, applies in (
        ("multicast", ip.is_multicast),
        ("point-to-point", p == 31 and not ip.is_multicast),
        ("single-address", p == 32),
        ("this-network", ip in THIS_NETWORK),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("private", any(ip in n for n in RFC1918)),
        ("shared", ip in SHARED),
        ("documentation", any(ip in n for n in DOCUMENTATION)),
        ("reserved", ip.is_reserved and ip != LIMITED_BROADCAST),
        ("limited-broadcast", ip == LIMITED_BROADCAST),
    ) if applies]
    multicast_range = ip.is_multicast and p >= 4
    return {
        "address": str(iface.ip),
        "prefix": p,
        "network": str(net.network_address),
        "broadcast": str(net.broadcast_address),
        "netmask": str(net.netmask),
        "wildcard": str(net.hostmask),
        "first_host": str(first),
        "last_host": str(last),
        "addresses": net.num_addresses,
        "usable_hosts": usable,
        "private": any(iface.ip in n for n in RFC1918),
        "loopback": iface.ip.is_loopback,
        "multicast": iface.ip.is_multicast,
        "link_local": iface.ip.is_link_local,
        "reserved": ip.is_reserved,
        "unspecified": ip.is_unspecified,
        "binary": ".".join(f"{o:08b}" for o in iface.ip.packed),
        "has_broadcast": p <= 30 and not multicast_range,
        "has_hosts": not multicast_range,
        "notes": notes,
    }


def inputs():
    fixed = ["10.0.0.5/8", "192.168.1.10/24", "172.16.5.4/12", "172.31.255.255/12", "172.32.0.1/12",
             "0.0.0.0/0", "255.255.255.255/32", "10.1.2.3/31", "10.1.2.2/31", "8.8.8.8/32",
             "127.0.0.1/8", "224.0.0.1/4", "239.1.1.1/32", "169.254.10.1/16", "192.0.2.1/24",
             "10.0.0.1/255.0.0.0", "10.0.0.1/0.255.255.255", "10.0.0.1/255.255.255.255",
             "10.0.0.1/0.0.0.0", "10.0.0.1", "10.0.0.1/08", "1.2.3.4/0",
             "256.0.0.1/8", "10.0.0.0/33", "1.2.3", "abc", "", "1.2.3.4/", "/24",
             "1.2.3.4/255.0.255.0", "01.2.3.4/8", "1.2.3.4/-1", "1.2.3.4/ 8", "1.2.3.4/8/8",
             "1.2.3.4.5/8", "1..3.4/8", "1.2.3.4/1000", "1.2.3.4/a", "1.2.3.04/24",
             "224.0.0.2/4", "224.0.0.2/24", "224.0.0.2/3", "239.255.255.255/32", "10.0.0.1/31",
             "10.0.0.0/31", "100.64.0.1/10", "100.128.0.1/10", "198.51.100.9/24",
             "203.0.113.200/25", "240.0.0.1/4", "255.255.255.255/32", "0.0.0.0/8", "0.1.2.3/8",
             "0.0.0.0/32", "127.0.0.1/32", "169.254.0.1/31"]
    for text in fixed:
        yield text
    for _ in range(300):
        addr = ".".join(str(rng.randrange(256)) for _ in range(4))
        r = rng.random()
        if r < 0.7:
            yield f"{addr}/{rng.randrange(33)}"
        elif r < 0.85:
            yield f"{addr}/{ipaddress.IPv4Network(f'0.0.0.0/{rng.randrange(33)}').netmask}"
        else:
            yield f"{addr}/{rng.choice([33, 40, 99])}"


passed = failed = 0
for text in inputs():
    want = expected(text)
    run = subprocess.run([wirewalk, "subnet", text, "--json"], capture_output=True, text=True)
    if want is None:
        ok = run.returncode == 2 and run.stderr.strip() != "" and run.stdout == ""
        detail = f"exit {run.returncode}, stderr {run.stderr.strip()!r}"
    else:
        try:
            got = json.loads(run.stdout)
        except ValueError:
            got = None
        # Notes: the keys must match; each carries an RFC and an explanation.
        notes = got.get("notes") if isinstance(got, dict) else None
        if isinstance(notes, list) and all(isinstance(n, dict) for n in notes):
            got["notes"] = [n.get("key") for n in notes]
            if not all(str(n.get("rfc", "")).startswith("RFC ") and len(n.get("text", "")) > 20
                       for n in notes):
                got["notes"] = "a note lacks its RFC or its text"
        ok = run.returncode == 0 and got == want
        detail = f"exit {run.returncode}, got {got}, want {want}"
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"MISMATCH {text!r}: {detail}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
