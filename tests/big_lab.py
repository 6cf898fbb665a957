#!/usr/bin/env python3
"""A lab of N hosts for timing how loading scales (issue 14): hosts on a chain of
48-port switches, all in 10.0.0.0/8, and one ping per ten hosts. Usage:
big_lab.py N > lab.json; then time `wirewalk run lab.json -q --until 0`."""
import json
import sys

n = int(sys.argv[1])
per_switch = 46  # ports 1-46 for hosts, 47 and 48 for the chain
switches = (n + per_switch - 1) // per_switch
devices, links, scenario = [], [], []
for s in range(1, switches + 1):
    devices.append({"name": f"SW{s}", "type": "switch",
                    "interfaces": [{"name": f"p{p}"} for p in range(1, 49)]})
    if s > 1:
        links.append({"name": f"SW{s - 1}-SW{s}", "a": f"SW{s - 1}:p48", "b": f"SW{s}:p47"})
for h in range(1, n + 1):
    address = f"10.{h >> 16 & 255}.{h >> 8 & 255}.{h & 255}/8"
    devices.append({"name": f"H{h}", "type": "host",
                    "interfaces": [{"name": "eth0", "address": address}]})
    s, p = (h - 1) // per_switch + 1, (h - 1) % per_switch + 1
    links.append({"name": f"H{h}-SW{s}", "a": f"H{h}:eth0", "b": f"SW{s}:p{p}"})
    if h % 10 == 0:
        scenario.append({"at": 0.1, "action": "ping", "from": f"H{h}", "to": "10.0.0.1"})
json.dump({"format": "wirewalk-lab", "version": 1, "name": f"big-{n}", "duration": 1,
           "devices": devices, "links": links, "scenario": scenario}, sys.stdout)
