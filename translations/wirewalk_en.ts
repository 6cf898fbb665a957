<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Wirewalk %1&lt;/h3&gt;&lt;p&gt;A network simulator for learning TCP/IP: every frame, packet and segment step by step, byte for byte.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). There is NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and QCustomPlot %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Wirewalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddActionCommand</name>
    <message>
        <source>Add %1 from %2 at %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddDeviceCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Link %1:%2 to %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagrams of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large at scale %2 (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of hosts (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between pings per host (default 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also serialise the trace as JSON Lines to FILE (&apos;-&apos; for memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hosts: &apos;%1&apos; is not a whole number from 2 to 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seconds: &apos;%1&apos; is not a number from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval: &apos;%1&apos; is not a number from 0.0001 to 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab: %1 hosts, 2 LANs, 1 router; %2 simulated seconds; ping every %3 s per sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build: %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time: %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames: %1 (%2 MB on the wire); %3 frames per wall second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace events: %1; %2 per wall second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler events: %1; %2 per wall second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated/wall time ratio: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulates LAB headless and prints what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate up to SECONDS (default: the lab&apos;s duration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed for loss and bit errors (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every event to FILE (JSON Lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab file, or builtin:NAME (see &apos;wirewalk labs&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: expected exactly one LAB (a file path or builtin:NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number from 0 to 18446744073709551615</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: &apos;%1&apos; is not a number of seconds from 0 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frag reassembly time exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Net Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Host Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Protocol Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Port Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frag needed and DF set (mtu = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type %1 code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes from %2: icmp_seq=%3 ttl=%4 time=%5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 (about %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagram delivered to port %1 (%2 bytes of data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated %1 s: %2 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames: %1 sent, %2 arrived, %3 lost on links, %4 dropped by devices, %5 in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping replies: %1. ICMP errors received: %2. UDP datagrams delivered: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops by reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservation: every frame sent arrived, was lost with a reason, or is in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservation violated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP %1 %2:%3 - %4:%5: %6; %7 bytes sent and acknowledged, %8 bytes received, %9 retransmissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead: send BYTES over TCP across host - switch - router - switch - host (100 Mb/s, 1 ms per link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --tcp: frame loss probability per link (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: %1 bytes with loss %2 per link; all data and the FIN arrived at %3 s simulated (%4 Mb/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP GET from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent (xid 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received (xid 0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, your address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 configured by DHCP: %2/%3, gateway %4, DNS server %5, lease %6 s (server %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP %1 to %2: %3 datagrams sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP %1 port %2: %3 datagrams received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas: %1 devices, %2 links; recording of %3 frames made in %4 ms; drawn from a moment with %5 frames on the links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames drawn at %2x%3 (%4 style), %5 to %6 tokens on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame time: median %1 ms, p99 %2 ms (overlay update: median %3 ms, p99 %4 ms; drawing: median %5 ms, p99 %6 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time per frame: median %1 ms, p99 %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the canvas (this benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames to draw (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw in presenter mode&apos;s style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times drawing the playback canvas: 200 hosts, about 500 frames in flight, through the real canvas widget into an image; then start-up to the first painted window, the main window against a bare QWidget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--frames: &apos;%1&apos; is not a whole number from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event whose PDU to draw (its number in &apos;wirewalk run --trace&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --view header: ethernet, arp, ipv4, icmp, udp or tcp (default: ipv4, else the innermost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: expected exactly one LAB (a file path or builtin:NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: required: the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of svg, png, pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: required: the number of an event that carries a PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is out of range: this run has events 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: event %1 (%2) carries no PDU; pick a frame, packet or segment event such as frame_tx_start or header_pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: event %1 has no header to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header: event %1 has no &apos;%2&apos; header; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wirewalk: no such built-in lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wirewalk: no such lab file or command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean builtin:%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;wirewalk --help&apos; lists the commands, &apos;wirewalk labs&apos; the built-in labs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wirewalk: cannot open the window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
Without a display, &apos;wirewalk run LAB&apos; simulates a lab and prints what happened, and &apos;wirewalk export&apos; draws its views to files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capture: chooses where --pcap FILE captures; give --pcap too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pcap: the lab has no links to capture on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capture: &apos;%1&apos; is neither a link nor a DEVICE:INTERFACE at the end of one; links: %2; interfaces: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture: %1 (link %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture: every link into %1, each at the link&apos;s first end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-events: &apos;%1&apos; is not a whole number of events from 1 to 18446744073709551615</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-memory: &apos;%1&apos; is not a whole number of MiB from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: stopped at %1 s: the run reached its budget of %2 events (a loop or a storm?); raise it with --max-events N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: stopped at %1 s: packets and events held reached %2 MiB, over the memory budget of %3 MiB; raise it with --max-memory MIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what one capture point sees to FILE (pcapng; see --capture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture point of --pcap: a link&apos;s name (its first end) or DEVICE:INTERFACE (default: the first sender&apos;s end of its first link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write DIR/LINK.pcapng for every link, each captured at the link&apos;s first end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run after N events (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run when packets and events held exceed MIB mebibytes (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops: %1 in all: %2 frames lost on links, %3 frames refused at a transmitter (queue full or too big for the link), %4 frames dropped by devices, %5 packets dropped inside devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a large lab (hosts on two LANs pinging across a router) and reports the engine&apos;s speed. The trace is on: every event reaches a subscriber.
--canvas [--frames N] [--presenter] instead times drawing the playback canvas (200 hosts, ~500 frames in flight) and start-up to the first painted window.
--sequence instead times the sequence diagram of tcp-loss (export, scrolling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load: %1 ms (the lab file, %2 bytes, parsed and checked%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the sequence diagram (this benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the sequence diagram of the tcp-loss lab: building it, exporting its first 1000 messages to SVG and PDF, and drawing frames while its view scrolls through the whole run offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp-loss: %1 events recorded in %2 ms; %3 messages in %4 conversations found in %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export of %1 arrows (%2 x %3 px; laid out in %4 ms): SVG median %5 ms (CPU %7 ms), PDF median %6 ms (CPU %8 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolling all %1 arrows (%2 px tall; laid out in %3 ms): %4 frames of %5 x %6, median %7 ms, p99 %8 ms, worst %9 ms (CPU time per frame: median %10 ms, p99 %11 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an option (options are words such as --help), and no value here starts with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments: &apos;%2&apos; is not an option; see wirewalk %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws a view of LAB into an SVG, PNG or PDF file, or with --all every view into a folder.

Views:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to draw (see Views above; default: encapsulation with --event, else topology).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every diagram of the lab into the folder -o DIR, with stable names and an index (index.html, index.txt); default format svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation to draw, e.g. tcp:10.0.1.10:49152-10.0.2.20:80 (default: the lab&apos;s first TCP conversation, else its first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the run as it is at T seconds (frames on the links, marks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS walkthrough&apos;s Nth lookup (1-based).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG only: pixels per drawing unit, from 0.1 to 10 (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>svg, png or pdf (default: from the output file&apos;s extension; svg with --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (with --all: the folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the conversation IDs --conversation accepts, and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one header of event N&apos;s PDU as an RFC-style bit diagram (--header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view: not with --all, which writes every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is not a whole number (an event number from &apos;wirewalk run --trace&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query: &apos;%1&apos; is not a whole number from 1 (the first lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not with --all, which draws each view in all its variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 view does not use it; it applies to: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no view of this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header: only with --view header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: required: the folder to write the diagrams into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: applies to PNG only (the format is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: &apos;%1&apos; is not a number from 0.1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conversation: &apos;%1&apos;: the %2 view has no conversation to draw in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conversation: &apos;%1&apos; is not a conversation of this run; the %2 view accepts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: %1 makes a %2 x %3 pixel PNG of this view; at most %4 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n diagram(s) and index.html, index.txt to %1</source>
        <translation>
            <numerusform>Wrote %n diagram and index.html, index.txt to %1</numerusform>
            <numerusform>Wrote %n diagrams and index.html, index.txt to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--list-conversations: no view of this build draws conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pcap-dir: cannot create directory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: looking up the name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the stub resolver&apos;s cache (%1 s of its TTL left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the hosts file, no DNS server asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the DNS server %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS server answered in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or service not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure in name resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-authoritative answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups: %1 (%2 from the stub cache, %3 from the hosts file, %4 from a DNS server), %5 without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main window, ms from its constructor: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave each PDU&apos;s bytes (&quot;hex&quot;) out of --jsonl: a smaller, faster trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tcp takes bytes from 0 to 2000000000, --loss a probability from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time: %1 s (user + system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory: %1 MB (resident, whole process).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recording [--hosts N] times recording a ping lab of N hosts (default 400) as the window does and reports memory per event; --startup times start-up to the first painted window against a bare QWidget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of hosts (default 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hosts: &apos;%1&apos; is not a whole number from 2 to 5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the built-in labs by section of the course notes. Open one with builtin:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the labs&apos; names, one a line, in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave each PDU&apos;s bytes (&quot;hex&quot;) out of --trace: a smaller, faster trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traceroute to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wirewalk [LAB]            open the app (default: the built-in default lab)
       wirewalk COMMAND [ARGS]

Commands:
  labs      list the built-in labs
  run       simulate a lab headless; write pcapng and a JSON Lines trace
  subnet    network, broadcast, mask and host range of ADDRESS/PREFIX
  bench     measure the engine&apos;s speed on a large lab
  export    draw a view (topology, encapsulation ...) to SVG, PNG, PDF; --all: every one
  lesson    check LESSON: a lesson file&apos;s problems, as File &gt; Open Lesson finds them

LAB is a lab file path or builtin:NAME. &apos;wirewalk COMMAND --help&apos; for details.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lesson %2 is fine; steps: %3, on %4, each at its moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check LESSON: checks a lesson file (or builtin:NAME) as File &gt; Open Lesson… does: its keys and values, its lab, and that every step finds its event in a recorded run of the lab. Prints each problem with its path (steps[2].at) and exits 2, or prints one line and exits 0 when the lesson would open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson file, or builtin:NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson: what to do is missing; try: wirewalk lesson check LESSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson: &apos;%1&apos; is not a lesson command; the one there is: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson check: takes one lesson file or builtin:NAME, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QWidget showing one line of text: %1 ms (the first text drawn loads the fonts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up to the first whole frame painted (median of %1 fresh processes): main window %2 ms, bare QWidget %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: %1 hosts, %2 events, %3 frames; %4 ms (%5 ms on the GUI thread, the rest, with the event list&apos;s pass over every event, in a worker thread).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: recording %1 MiB (%2 bytes per event, the event list&apos;s facts included); event list %3 MiB (%4 bytes per event), shown in %5 ms on the GUI thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per event, recording and event list together: %1 bytes resident (the resident set&apos;s growth above), %2 bytes on the heap (malloc&apos;s bytes in use: recording with the event list&apos;s facts %3, event list model %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>TCP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP echo %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP transaction %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation: &apos;%1&apos; is not in this run, which has no conversations (only &apos;lab&apos;, the whole lab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation: &apos;%1&apos; is neither an ID nor a number from 1 to %2; this run has: %3 (or &apos;lab&apos; for the whole lab)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceItem</name>
    <message>
        <source>address by DHCP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePalette</name>
    <message>
        <source>PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet router</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dissection</name>
    <message>
        <source>echo reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation (padding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SACK permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1, echo reply %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short: only %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero bytes that bring a short frame up to the 64-byte minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [correct]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [wrong]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 header does not parse (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(end of header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address lease time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter request list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Root&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the name was written earlier in the message: two bytes starting 11 give its offset (RFC 1035 §4.1.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addr %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preference %1, mx %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mname %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary name server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible authority&apos;s mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type %2, class %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative nameservers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (broadcast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over TCP each DNS message is preceded by its length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS message refused: %1 (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 header does not parse (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsSummary</name>
    <message>
        <source>Format error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS (malformed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard query response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS opcode %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsWalk</name>
    <message>
        <source>The run has no DNS lookup: nothing to draw for --view dns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query %1: the run has %2 DNS lookups; use 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS walkthrough: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup of %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short path: answered from %1, so no server further along was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recursive query (RD=1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iterative query (RD=0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such name / failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step recorded for this lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recursive or iterative?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stub resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authoritative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes call this walk down the hierarchy a &quot;recursive query&quot;. It is iterative: the cache DNS server asks each server with RD=0 and gets a referral (the next servers&apos; NS and glue) or the answer. Only the host&apos;s question to the cache DNS server is recursive (RD=1: &quot;find the answer for me&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stub cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>additional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authoritative answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral: ask the servers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such name (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record of that type (NODATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (REFUSED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TC=1: truncated, ask again over TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks the stub resolver for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit: a cached &quot;no such name&quot;, TTL left %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit, TTL left %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recursive query (RD=1): %1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iterative query (RD=0): %1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, over TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1, transaction ID 0x%2, port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application gets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canonical name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup took %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached on %1: %2 %3 does not exist (%4), TTL %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached on %1: %2 %3 %4, TTL %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stub cache on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts file on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone data of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsWire</name>
    <message>
        <source>rdlength is not 4, the size of an A record&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdlength does not end where the name ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdlength is not the two SOA names plus 20 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdlength too short for an MX preference and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdlength does not end where the MX name ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message shorter than the 12-byte header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counts claim more entries than the message can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question type and class cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record type, class, TTL and rdlength cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rdlength runs past the end of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes after the last record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 65535 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opcode, Z or RCODE out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data does not fit the record type, or a name in it is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data longer than 65535 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message over TCP is at most 65535 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 2-byte length prefix is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream holds less than the length prefix announces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty label or label over 63 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escape at the end of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\DDD needs three digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\DDD above 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label over 63 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name over 255 octets in wire form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name runs past the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name runs past its rdlength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label runs past the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label runs past its rdlength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name over 255 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression pointer cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression pointer loops back into the name being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression pointer does not point backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 127 compression pointers in one name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label length over 63: label types 0x40 and 0x80 are reserved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsWords</name>
    <message>
        <source>stub resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authoritative server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stub cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolver&apos;s cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forwarder&apos;s cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its zone data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such name (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record of that type (NODATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (REFUSED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added (negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired (negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDeviceCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditLinkCommand</name>
    <message>
        <source>Edit link %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncapsulationPicture</name>
    <message>
        <source>--event: no device sent a PDU in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is out of range: this run has events 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: event %1 (%2) carries no PDU; pick a frame, packet or segment event such as frame_tx_start or header_pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encapsulation of event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncapsulationStory</name>
    <message>
        <source>event %1: its PDU never travels in a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 carries no PDU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventColumns</name>
    <message>
        <source>Layer column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit columns to the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDescriber</name>
    <message>
        <source>MAC table: port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter (same port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2, TTL %3→%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 built (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 header added: %2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 header removed (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1: last bit sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 arrived on %2, corrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 arrived on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: MAC table %2 %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: route %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new frame %2%3%4 (was %5%6%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmented into %1 for MTU %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment held: offset %1, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassembled from %1 fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ARP cache %2 %3 is at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ARP for %2 %3 (attempt %4, %5 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP error from %1 (type %2 code %3) about %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (#%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP %1:%2%3%4:%5 %6%7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP RTT %1 ms, RTO %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP cwnd %1 ssthresh %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP retransmission (%1), %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lease of %2 to %3 for %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3/%4, gateway %5, DNS %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT: %1 %2:%3 ↔ %4:%5 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT: %1 %2:%3 ↔ %4:%5 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP RTO backed off to %1 ms (timer expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP RTO reset to %1 ms after a resent SYN (RFC 6298)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS lookup %2 started (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 looked up in %3: hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 looked up in %3: miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS query %2 to %3 (recursive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS query %2 to %3 (iterative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS query %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS response %2 (%3) to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS response %2 (%3) from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS cache %2 %3 %4 (TTL %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS lookup %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS lookup of %2 (#%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DNS lookup of %2 via %3 (#%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: traceroute probe %2 of hop %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: traceroute hop %2 probe %3 answered by %4 in %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: traceroute hop %2 probe %3: no answer (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>an address with prefix length is needed, e.g. 10.0.1.10/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv4 address is needed, e.g. 10.0.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of A, NS, CNAME, MX, PTR, SOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of A, NS, CNAME, PTR, MX (the SOA is in the zone&apos;s row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Cannot open lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderDiagram</name>
    <message>
        <source>Ethernet II header (IEEE 802.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP packet (RFC 826)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 header (RFC 791)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP header (RFC 792)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP header (RFC 768)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP header (RFC 9293)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOS is today DSCP (6 bits) + ECN (2 bits), RFC 2474 and 3168; &quot;0 to 15&quot; was the old 4-bit TOS of RFC 1349.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full header also has total length, flags, fragment offset, header checksum and options: all drawn here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU is a property of the link (Ethernet: 1500 bytes), not of the packet: total length must fit it, or the packet is fragmented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router reads the Ethernet header too; it differs from a switch by also reading and changing this header (TTL, checksum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FCS trailer (4 bytes) follows the payload; the receiver drops the frame when it does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSS 1460 + TCP header 20 + IP header 20 = 1500, Ethernet&apos;s MTU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: where the notes are loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP message (RFC 2131)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS message header (RFC 1035)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabBrowser</name>
    <message>
        <source>Other labs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabCatalog</name>
    <message>
        <source>Layers and encapsulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addressing and subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicast, broadcast, multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private addresses and NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: handshake, data, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmission and flow control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabEdits</name>
    <message>
        <source>a device needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name has no &apos;:&apos; (links write DEVICE:INTERFACE) and no spaces around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabLoader</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv4 address is required, e.g. 10.0.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: it needs four numbers 0-255 separated by dots, e.g. 10.0.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: &apos;%2&apos; is not a number from 0 to 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write &apos;%2&apos; without a leading zero (each number is 0-255)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is greater than 255: each of the four numbers is 0-255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a prefix length after a slash, e.g. 10.0.1.10/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; is not a number from 0 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length %1 is out of range 0-32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address: six two-digit hex numbers separated by colons, e.g. 02:00:00:00:01:0a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; allowed here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown device type &apos;%1&apos;; use host, switch, router or l3switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [x, y], two numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string like &quot;239.1.1.1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a multicast group (224.0.0.0-239.255.255.255)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port is a whole number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be DEVICE:INTERFACE, e.g. &quot;PC1:eth0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lab file is one JSON object, {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Wirewalk lab file: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was written by a newer Wirewalk (format version %1); this version reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no built-in lab &apos;%1&apos;; built-in labs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device named &apos;%1&apos; already exists (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN %1 is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has an interface named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an L2 switch port has no IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 switch ports have no address; give the VLAN one in &quot;vlans&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; needs a VLAN declared in &quot;vlans&quot; (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only L3 switch ports belong to VLANs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1 is not on any network of &apos;%2&apos;; it must be on-link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set; the network is %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next hop %1 is not on any network of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the %2 address of %3/%4; pick a host address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be an interface address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link named &apos;%1&apos; already exists (links[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link cannot connect an interface to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no device &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no interface &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 is already used by links[%3]; an interface takes one cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an L2 switch; only hosts and routers send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame to lose is a count from 1 (the Nth frame on the link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outside interface needs an address: it becomes the global address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside and outside must be different interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [first, last], two addresses like [&quot;10.0.1.100&quot;, &quot;10.0.1.199&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DHCP client&apos;s first interface gets its address from the server: give it none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no interface &apos;%2&apos; with an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a host address of %2/%3, the network the server answers on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool&apos;s last address comes before its first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed here; the order lists &quot;files&quot; (the hosts file) and &quot;dns&quot; (the DNS server), each at most once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order is empty; give [&quot;files&quot;, &quot;dns&quot;] or a part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name: %2 (labels of 1-63 octets separated by dots, at most 255 octets in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string like &quot;10.0.2.53&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a unicast address; a DNS server has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;; use A, NS, CNAME, MX, PTR or SOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give &quot;to&quot; (an address) or &quot;name&quot; (resolved first), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario[%1] already opens this TCP connection (%2 port %3 to %4:%5); a host refuses the same addresses and ports twice (address already in use): choose another local_port or leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;; allowed: %2 (the SOA goes in &quot;soa&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; allowed: authoritative, resolver, forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string like &quot;203.0.113.53&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be absolute, ending in a dot (&quot;naver.com.&quot;, &quot;.&quot; for the root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is given twice on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside zone &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; needs an NS record for its origin (name &quot;@&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;PREFERENCE NAME&quot; with a preference from 0 to 65535, like &quot;10 mail&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an authoritative server needs at least one zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resolver needs at least one root hint (name and address of a root server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forwarder needs at least one upstream resolver address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an authoritative server serves zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or an object {&quot;en&quot;: ..., &quot;ko&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown probe &apos;%1&apos;; use udp or icmp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; use ping, udp, tcp, http, dns or traceroute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonLoader</name>
    <message>
        <source>&apos;%1&apos; is not a device of the lab; devices: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s is after the end of the lab&apos;s run (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches no event of the recorded run of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for match %1 but the recorded run of %2 has only %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDevicesCommand</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n device(s)</source>
        <translation>
            <numerusform>Move %n device</numerusform>
            <numerusform>Move %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteItemsCommand</name>
    <message numerus="yes">
        <source>Paste %n device(s)</source>
        <translation>
            <numerusform>Paste %n device</numerusform>
            <numerusform>Paste %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PduDescriber</name>
    <message>
        <source>Malformed frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP (malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet %1%2%3 type 0x%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP Who has %1? Tell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP %1 is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 (malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 %1%2%3 fragment offset=%4 id=0x%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 %1%2%3 protocol %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (first fragment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP (malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP Echo request id=%1 seq=%2 ttl=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP Echo reply id=%1 seq=%2 ttl=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP (malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP %1 - Transaction ID 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, your address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%3%4 Len=%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP (malformed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>Congestion window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence numbers (Stevens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab has no TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments (SMSS = %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssthresh (∞ until the first loss, %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssthresh = ∞ (no loss so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast retransmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative sequence number (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive window (ACK + window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ms, logarithmic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO (retransmission timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRTT (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data acknowledged per second (sliding window of %1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertised window (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window advertised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation: &apos;%1&apos; is not a TCP connection; the plots show one (IDs look like tcp:10.0.1.10:49152-10.0.2.20:80)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Right: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite: you said %1, the engine&apos;s answer is %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the Ethernet header (network interface layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet, then IP (up to the internet layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet, IP, then TCP or UDP (up to the transport layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every header, up to the application&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends a TCP segment to %2 port %3. What is its acknowledgment number (relative, counted from %2&apos;s initial sequence number)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgment number is the next byte %1 expects. The last segment from %2 that counted had sequence number %3, %4 bytes of data and %5 SYN/FIN flag(s): %3 + %4 + %5 = %6. Only SYN and FIN count one without data; ACK = seq + 1 is not the general rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends an ARP request: who has %2? What destination MAC does the frame carry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers an ARP request from %2. What destination MAC does the reply&apos;s frame carry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know who has %2, so it asks every station on the link: the broadcast address ff:ff:ff:ff:ff:ff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carried the asker&apos;s MAC, so the reply goes straight back to it (unicast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends a packet to %2. What destination MAC does its frame carry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a broadcast address: every station on the link must take it, so the frame goes to ff:ff:ff:ff:ff:ff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multicast group&apos;s MAC is 01:00:5e plus the low 23 bits of the group address (RFC 1112).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2&apos;s own network, so the frame goes to it directly: its MAC, which ARP resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on %2&apos;s network: the frame goes to the next hop %3, whose MAC ARP resolved. ARP resolves the next hop, not the destination; the IP addresses stay %4 to %1 all the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame arrives at %1. Which headers does %1 open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layer-2 switch reads only the Ethernet header: it learns the source MAC and forwards or floods by the destination MAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet is not for %1: it removes the frame, reads the IP header to route it (TTL - 1, new checksum) and builds a new frame. It never opens TCP or UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops at the Ethernet header: the frame is not for it, or it carries ARP, which the network interface hands to ARP without an IP header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is for %1, so it removes header after header (decapsulation) up to the layer that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active open sends SYN and waits for the answer in SYN-SENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listener that receives a SYN answers SYN-ACK and waits in SYN-RECEIVED for the ACK of its own SYN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN-ACK arrived: it answers with an ACK and the three-way handshake is complete on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACK of its SYN arrived: the connection is established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SYN crossed its own SYN (simultaneous open): it answers SYN-ACK and waits in SYN-RECEIVED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application closed: FIN sent. The side that closes first is the active closer and goes to FIN-WAIT-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FIN arrived: the peer has finished sending. It stays in CLOSE-WAIT until its own application closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its FIN was acknowledged; FIN-WAIT-2 waits for the peer&apos;s FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived before the ACK of its own (simultaneous close): CLOSING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both FINs are acknowledged: TIME-WAIT for 2 MSL, which only the active closer goes through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its application closed too: FIN sent, LAST-ACK waits for the ACK of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACK of its FIN arrived: CLOSED, with no TIME-WAIT (that belongs to the active closer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 MSL passed in TIME-WAIT: CLOSED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reset (RST) or a give-up after retransmissions ended the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9293 §3.3.2: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter it (send it nowhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s connection %2:%3 - %4:%5 is in %6. Which state does it move to next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forwards a packet to %2 that arrived with TTL %3. With which TTL does it leave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every router takes one from the TTL (%1 - 1 = %2) and so recomputes the header checksum; a packet whose TTL would reach 0 is dropped with ICMP time exceeded, which traceroute uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame for %1 arrives at %2 on port %3. What does the switch do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its MAC table has %1 on %2, so the frame goes out that port only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a broadcast or multicast address: a switch floods it out every port but the one it came in on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in its MAC table yet (it learns source addresses only), so it floods the frame out every port but the one it came in on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its MAC table has %1 on the port the frame came in on: the destination already has it, so the switch drops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must send a %2-byte packet (%3 bytes of data) over a link with MTU %4. What are the fragments&apos; offsets, in bytes (for example 0, 800)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each fragment but the last carries (MTU %1 - %2-byte header) rounded down to a multiple of 8 = %3 data bytes, so the offsets are %4. The header&apos;s fragment offset field counts 8-byte units: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protocols</name>
    <message>
        <source>Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Resolution Protocol (ARP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Protocol version 4 (IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Control Message Protocol (ICMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Datagram Protocol (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission Control Protocol (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypertext Transfer Protocol (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic Host Configuration Protocol (DHCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain Name System (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP is in the Internet layer: it finds the MAC address for an IPv4 address on behalf of IP, yet it travels straight inside an Ethernet frame (EtherType 0x0806) with no IP header. RFC 1122 describes it alongside the link layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirewalk &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wirewalk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>lost on the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmit queue full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCS error (corrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not for this MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered (same segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP header checksum wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not for this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP got no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many packets waiting for ARP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too big for the MTU, DF set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassembly timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private address not routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TCP connection (RST sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the TCP window (ACK sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT cannot translate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP header checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connection to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP GET from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast retransmit: halved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: back to 1 segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast retransmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame larger than the link&apos;s MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traceroute to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenameDeviceCommand</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the write stopped short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceDiagram</name>
    <message>
        <source>Sequence diagram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retransmission (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate ACK #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK = seq + 1 only for SYN and FIN, which use one sequence number each. Data moves the ACK on by its length: seq=%1 + len=%2 → ack=%3, the next byte expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common misconception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME-WAIT belongs to the active closer. Here both sides sent a FIN before receiving the other&apos;s (a simultaneous close), so both are active closers: each passes through CLOSING and waits 2 × MSL in TIME-WAIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME-WAIT belongs to the active closer (%1, which sent the first FIN). After its last ACK it waits 2 × MSL, so a lost ACK can be sent again and old duplicates die out. The passive closer never enters TIME-WAIT: in LAST-ACK it resends its FIN if no ACK comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 MSL = %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSE-WAIT (not “CLOSE-WAIT1”): %1 has received the FIN and acknowledged it; it waits for its application to close, then sends its own FIN and enters LAST-ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT %1 · SRTT %2 · RTO %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first RTT is measured in the handshake: %1 timed its SYN until the SYN, ACK came back (the server times its SYN, ACK until the last ACK). Until then the retransmission timeout is the initial 1 s (RFC 6298).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first RTT is measured in the handshake: %1 timed its SYN, ACK until the last ACK came back. Until then the retransmission timeout is the initial 1 s (RFC 6298).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO timer expired: RTO doubled to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN resent: RTO %1 when data begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 MSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… the diagram stops after %1 messages; the rest of the run is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP sequence numbers: relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP sequence numbers: absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 MSL: %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryPainter</name>
    <message>
        <source>pad+FCS </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 + %3 = %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 = %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header −%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new frame: new MAC addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same packet inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet header only → flooded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet header only → forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL %1 → %2, checksum recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU %1: %2 fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ to the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1-byte IP packet does not fit the next link&apos;s MTU of %2 bytes (MTU is a property of the link): %3 splits it into %4 fragments; the fragment offset counts 8-byte units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP packet: %1 + %2 = %3 bytes of the link&apos;s MTU 1500 (MTU belongs to the link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data + %2 %3 header + %4 IP header = %5 bytes; Ethernet&apos;s MTU is 1500 (a full TCP segment: 1460 + 20 + 20 = 1500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encapsulation and decapsulation: %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encapsulation and decapsulation: %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each device opens only the headers it needs: a switch the Ethernet header, a router the Ethernet and IP headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encapsulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decapsulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router reads the Ethernet header too: it checks the destination MAC, opens the IP header, and builds a new frame. Source and destination IP stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also received the flooded frame and dropped it (not their MAC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the frame before and after (changed fields highlighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arriving frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routers forward each fragment as a packet of its own; only the destination host reassembles them (RFC 791)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-byte length + %1 = %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryText</name>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interface layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender: encapsulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver: decapsulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not for this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination MAC is mine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCS correct?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP header checksum correct?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination IP is mine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum correct?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an application on port %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCS wrong: frame dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not my MAC: frame dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL reached 0: packet dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP header checksum wrong: packet dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no application on this port: dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route: packet dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination on the same port: filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 created, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: + %2 header (%3 B) and FCS trailer (%4 B) → %5, %6 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: + %2 header (%3 B) → %4, %5 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes do not fit the link&apos;s MTU %3: %4 fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the frame goes onto the link as bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads only the Ethernet header: unknown destination MAC, flooded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads only the Ethernet header: destination MAC found, forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: − %2 header (%3 B): %4 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TTL %2 → %3, header checksum 0x%4 → 0x%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a new frame with new MAC addresses around the same packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: handed to the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next byte expected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next byte expected? no: %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragmentation needed, next-hop MTU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP (the ping&apos;s echo request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragment %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 header + data, bytes %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data, bytes %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; offset %1 (×8 = %2), MF %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ to the ARP module (no IP, no application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ echo request to ICMP in the Internet layer (kernel, no application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ echo reply to the ping program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ ICMP error (%1) to %2, which sent the offending packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP cache: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP reply sent: %1 is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP answers with an echo reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held for reassembly: bytes %2–%3, MF %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassembled: %1 fragments → one %2-byte datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ the ping program is told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 tells the application that sent it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP asks for %1, not this host: ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP request (who has %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP reply (%1 is at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP echo request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP echo reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP error message (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragment %1/%2 of the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 (no host joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 (%2 joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a new frame with new MAC addresses around %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 created, %3 bytes; over TCP its 2-byte length goes first: %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubnetCommand</name>
    <message>
        <source>give an address with a prefix, e.g. 192.168.1.10/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; is not a number from 0 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length %1 is out of range 0-32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a netmask: its one bits must be contiguous from the left, e.g. 255.255.255.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ADDRESS/PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private (RFC 1918)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 network bits | %2 host bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address, broadcast, mask, wildcard, host range and flags of an IPv4 address with its prefix length (or netmask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS/PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10/24 or 10.0.0.1/255.0.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet: expected one ADDRESS/PREFIX, e.g. 192.168.1.10/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast (RFC 5771): 224.0.0.0/4 holds group addresses; a packet sent to one reaches every member of the group. No interface has one as its own address, so a multicast range has no hosts and no broadcast address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point-to-point /31 (RFC 3021): both addresses are hosts, one for each end of the link; there is no network address and no broadcast address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/32: exactly one address (a host route, or a loopback or NAT address); no other host shares it and there is no broadcast address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;this network&quot; 0.0.0.0/8 (RFC 1122 3.2.1.3): only a source address, used while a host does not yet know its own (a DHCP DISCOVER comes from 0.0.0.0); never a destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback 127.0.0.0/8 (RFC 1122): a packet sent to it never leaves the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local 169.254.0.0/16 (RFC 3927): a host picks one itself when DHCP gives it nothing; valid on its own link only, never routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private (RFC 1918): for use inside a site; the internet does not route it, so reaching the internet takes NAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared (RFC 6598)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared address space 100.64.0.0/10 (RFC 6598): between a provider&apos;s carrier-grade NAT and its customers; neither private nor public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentation (RFC 5737)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documentation (RFC 5737): 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 are for examples in books and manuals, never for a real network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved (RFC 1112)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved 240.0.0.0/4 (RFC 1112 4): set aside for future use; hosts and routers do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited broadcast 255.255.255.255 (RFC 919): every host on this link; routers never forward it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a multicast range has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a /31 has two hosts and no broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a /32 is one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: group addresses, not host addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpNumbering</name>
    <message>
        <source>relative sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number (raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative ack number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment number (raw)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyPicture</name>
    <message>
        <source>the lab has no devices to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: no recording to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: %1 s is outside the run, which lasts 0 to %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewCatalog</name>
    <message>
        <source>the lab&apos;s topology as the canvas draws it; with --until T, the frames on the links and the marks at that moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encapsulation story of event N&apos;s PDU, every layer and device (default: the first PDU sent; --all: the first 40 PDUs sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence (ladder) diagram of one conversation, or of the whole lab with --conversation lab (default: the first TCP conversation); --event N marks that event&apos;s arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TCP connection&apos;s congestion window and slow-start threshold over time (QCustomPlot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TCP connection&apos;s sequence numbers over time, Stevens/tcptrace style: segments, the ACK line, the receive window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TCP connection&apos;s RTT samples with SRTT and the retransmission timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TCP connection&apos;s throughput (data acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window a TCP connection&apos;s receiver advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS walkthrough of lookup N (--query, default 1): every place the name is looked for, in order, recursive and iterative queries drawn apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 x %2 pixel PNG is too large (scale %3; at most %4 for this view)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <source>a built-in lesson can only use built-in labs, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wire</name>
    <message>
        <source>Hardware type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x0800 = IPv4: the addresses being resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a MAC address: 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of an IPv4 address: 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = request (broadcast), 2 = reply (unicast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC of the sender; the receiver may cache it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address of the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC being asked for: all zeros in a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv4 address whose MAC is wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the frame is for on this link: a MAC, a group, or ff:ff:ff:ff:ff:ff for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface that sent the frame onto this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EtherType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the payload is: 0x0800 IPv4, 0x0806 ARP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame Check Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC-32 of the frame; the receiver recomputes it and drops the frame on a mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 echo reply, 3 destination unreachable, 8 echo request, 11 time exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail of the type, e.g. for type 3: 0 net, 1 host, 3 port, 4 fragmentation needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the whole ICMP message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo: any bytes, returned unchanged. Errors: the offending IP header + 8 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the pinging program to match replies to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the echo requests: icmp_seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next-hop MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With code 4: the MTU of the link the packet did not fit (RFC 1191)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 for IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header length in 32-bit words (5-15): 5 = 20 bytes, no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiated services: the priority class (the old TOS byte&apos;s first 6 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit congestion notification: routers can mark instead of drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header plus data in bytes (at most 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same value in every fragment of one datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: drop rather than fragment, and report it with ICMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 on every fragment but the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this fragment&apos;s data goes, in units of 8 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each router subtracts 1; at 0 the packet is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data is: 1 ICMP, 6 TCP, 17 UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the header only; recomputed at every router because TTL changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final destination; unchanged by routers (NAT aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely used; padded to a multiple of 4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending application&apos;s port (often ephemeral, 49152-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which application gets the data, e.g. 53 DNS, 67/68 DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header plus data in bytes (at least 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers a pseudo-header (addresses, protocol, length), header and data; 0 = none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which application gets the data, e.g. 80 HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the first data byte (SYN and FIN each use one number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With ACK set: the next byte expected from the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header length in 32-bit words (5-15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion window reduced (ECN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECN echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The urgent pointer is significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgment number is significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push: hand the data to the application now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize sequence numbers: opens a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more data from the sender: starts the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many more bytes the receiver can take now (flow control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers a pseudo-header (addresses, protocol, length), header and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With URG: where urgent data ends (rarely used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. MSS in SYNs: the largest segment this side can receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message op code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 BOOTREQUEST (client to server), 2 BOOTREPLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware address length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 bytes for a MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay agents on the way; 0 from the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random number chosen by the client; replies carry the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds since the client began acquiring an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast bit: the client cannot receive unicast before it has an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled only when the client already has an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the server offers or assigns to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next server IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server for the next boot step (TFTP); often 0.0.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay agent IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by a relay agent on another network; 0.0.0.0 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client hardware address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s MAC address, padded to 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, usually empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99.130.83.99: DHCP options follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type-length-value: message type (53), mask (1), router (3), DNS (6), lease (51), server id (54)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the client; the response carries the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 query, 1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of query: 0 standard query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the server is an authority for the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message did not fit: ask again over TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recursion desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asks the server to find the answer for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recursion available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers recursive lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved, zero (RFC 1035)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 no error, 1 format error, 2 server failure, 3 no such name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in the question section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer RRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource records in the answer section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority RRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name server records in the authority section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional RRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the additional section (glue addresses)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::exporting::ExportDialog</name>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (vector, for slides and the web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (one page per picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixels per drawing unit: 2× stays sharp on a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every diagram of the lab, with stable names and an index (index.html, index.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::inspector::DissectionModel</name>
    <message>
        <source>bytes %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::inspector::LayerView</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this view as SVG, PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a frame, packet or segment to see its layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps: press Play or Next to go through them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export encapsulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encapsulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a .svg, .png or .pdf file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::inspector::PacketInspector</name>
    <message>
        <source>Export diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this header diagram as SVG, PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 carries no PDU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export header diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a .svg, .png or .pdf file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a frame, packet or segment in the event list, or step through the events, to see its headers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::lesson</name>
    <message>
        <source>needs &quot;event&quot; (a trace event type) or &quot;time&quot; (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a trace event type; types: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, number or true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol; protocols: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a set of TCP flags like &quot;SYN+ACK&quot;; flags: FIN, SYN, RST, PSH, ACK, URG, ECE, CWR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;protocol.field&quot; with a protocol of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no field &apos;%2&apos;; fields: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 choices; a question has 2 to 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question with choices gives the right one as &quot;correct&quot; (its number from 1), not &quot;answer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a question with &quot;choices&quot; has &quot;correct&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: the accepted answer, or a list of them (or give &quot;choices&quot; and &quot;correct&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string or a list of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a misconception id; ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson file is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lesson; expected &quot;wirewalk-lesson&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name a lab: &quot;builtin:NAME&quot; or a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section of the course; sections: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 steps; a lesson has 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no built-in lesson &apos;%1&apos;; built-in lessons: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 2.0 runs over UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 and HTTP/2 run over TCP (RFC 9113). Only HTTP/3 runs over QUIC, which runs over UDP (RFC 9114, RFC 9000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passive closer enters CLOSE-WAIT1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state is CLOSE-WAIT: the passive closer has acknowledged the FIN and waits for its application to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides wait in TIME-WAIT, or the passive closer does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME-WAIT belongs to the active closer: after its last ACK it waits 2 × MSL. The passive closer in LAST-ACK resends its FIN if no ACK comes; it never enters TIME-WAIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK = sequence number + 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SYN and FIN use one sequence number each. For data, ACK = the next byte expected = seq + bytes received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT is measured after the handshake; &quot;InitTRO&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client samples the RTT from SYN to SYN-ACK, the server from SYN-ACK to the last ACK. The initial retransmission timeout is 1 s (InitRTO, RFC 6298).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MSS is 1460 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side announces the largest segment it can receive; a sender uses the smaller of the peer&apos;s MSS and its own limit. Without the option the default is 536 bytes; 1460 is usual on Ethernet, not a standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOS takes values 0 to 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP header is version, IHL, TOS, ID, TTL, protocol and addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header also has total length, flags, fragment offset, header checksum and options (RFC 791).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU is the average size of a packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU is a property of a link (Ethernet: 1500 bytes): the largest packet the link carries in one frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast is the address with all ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>255.255.255.255 is the limited broadcast (this link only); a directed broadcast sets only the host part of a network to ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router reads only the IP header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBCP uses ports 67 and 68.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is DHCP: UDP port 67 is the server, 68 the client (RFC 2131).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP finds the MAC address of the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP resolves the next hop on the same link: the destination when it is on-link, otherwise the default gateway. Requests are broadcast, replies unicast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache DNS walks root, TLD and authoritative by recursive queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the stub&apos;s query to the cache DNS is recursive (RD=1); the cache DNS asks root, TLD and authoritative servers iteratively and follows referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts file is always read before DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of hosts file and DNS is a host setting (nsswitch.conf on Linux); most systems read the hosts file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends to another network, yet it asks ARP for %2, its gateway: ARP resolves the next hop on the same link, never a destination beyond a router. The request goes to ff:ff:ff:ff:ff:ff; the reply comes back unicast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rewrote two fields the notes&apos; list leaves out of the IP header&apos;s story: TTL %2 → %3 and header checksum 0x%4 → 0x%5. The header also carries total length, flags, fragment offset and options (RFC 791).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read the frame&apos;s destination MAC (%2, its own), opened the packet, then built a new frame from %3 to %4. A router reads the Ethernet header too; unlike a switch it also reads and changes the IP header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next link&apos;s MTU is %1 bytes: a property of the link, not an average packet size. The %2-byte datagram does not fit, so %3 cuts it into %4 fragments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks %2 with RD=0, an iterative query: the answer is a referral to the next server down, which %1 then asks itself. Only the stub&apos;s query to the cache DNS is recursive (RD=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads its hosts file for %2 and finds it there. Whether the hosts file or DNS comes first is a host setting (nsswitch.conf on Linux); this lab sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads its hosts file for %2 and does not find it there. Whether the hosts file or DNS comes first is a host setting (nsswitch.conf on Linux); this lab sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This HTTP message rides a TCP segment (port %1), as HTTP/2 does too (RFC 9113). Only HTTP/3 uses QUIC over UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP (the notes&apos; &quot;DBCP&quot;): client port 68, server port 67, over UDP (RFC 2131).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet&apos;s TOS octet is 0x%1: DSCP %2 (6 bits) and ECN %3 (2 bits), RFC 2474 and 3168. &quot;0 to 15&quot; was the old 4-bit TOS of RFC 1349.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>255.255.255.255 is the limited broadcast: every host on this link receives it and no router forwards it. A directed broadcast sets only the host part to ones (192.168.1.255 for 192.168.1.0/24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directed broadcast: only the host part is all ones, so it is routed to that network and broadcast there. The limited broadcast 255.255.255.255 never leaves the sender&apos;s link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s SYN announces MSS %2: the largest segment it can receive (1500 − 20 IP − 20 TCP on Ethernet). It is not a standard size: without the option the peer must assume 536 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s SYN carries no MSS option, so the peer may send it segments of at most 536 bytes (RFC 9293), not 1460.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::plots::PlotsPanel</name>
    <message>
        <source>TCP connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TCP connection in this lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::sequence::SequencePanel</name>
    <message>
        <source>Routers on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative Seq/Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lifeline for each router and NAT the packets cross, so every hop shows; otherwise only the two ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP sequence and acknowledgment numbers counted from each side&apos;s initial sequence number, or as carried. The event list follows the same choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::ArpCacheModel</name>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::AutosaveSetup</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lab that was never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirewalk did not close cleanly. It autosaved %1 at %2.

Recover those changes? Your file is unchanged until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::CanvasLegend</name>
    <message>
        <source>Show &amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the colours of the frames in flight and the dashed cables mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lossy cable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::CaptureExportDialog</name>
    <message>
        <source>Export Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (link %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every link, into a folder (each at the link&apos;s first end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pcapng file per link, named after the link, each showing what the interface at the link&apos;s first end sent and received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this interface sent (stamped as the first bit leaves) and received (stamped as the last bit arrives). A frame lost on the link appears only on the sending side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng captures (*.pcapng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the link captures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::DeviceEditor</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, e.g. 10.0.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address/prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: what this device sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two interfaces are named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (address or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close after sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close at (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action is one of %1; udp and tcp need a port; ping, http and dns take a name to resolve first, dns also the record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name to look up is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address or a name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take this; leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static routes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits to %1 are not applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::DevicePalette</name>
    <message>
        <source>Drag onto the canvas to add a %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::DeviceTablesWidget</name>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked in: the resolver order leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked in before asking a DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked in only when DNS has no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::DhcpSection</name>
    <message>
        <source>DHCP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first interface gets its address from a DHCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interface the server answers on, e.g. eth0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, e.g. 10.0.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, e.g. 10.0.2.53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool, first address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool, last address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router (option 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server (option 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP server, pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP server, router: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP server, DNS server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP server, lease: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP server, interface: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::DnsCacheModel</name>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::DnsServerSection</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative (root, TLD, domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolver (recursive, caching)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative: serves its zones (a root server serves &quot;.&quot;, a TLD server &quot;kr.&quot;). Resolver: answers clients by asking from the root hints down, and caches. Forwarder: passes queries to upstream resolvers, and caches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream resolvers in order, e.g. 8.8.8.8, 1.1.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary NS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOA TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones (with their SOA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: relative to the zone (&quot;www&quot;), &quot;@&quot; for the zone itself, or absolute with a final dot. Value: A an address; NS, CNAME, PTR a name; MX &quot;10 mail&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no zone &apos;%1&apos; in the zones table above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarders, item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::DnsSetup</name>
    <message>
        <source>DNS walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::DnsWalkthroughView</name>
    <message>
        <source>Hide steps still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS lookup in this run. Add a &quot;dns&quot; action, or a ping or HTTP request to a name, to the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which lookup to draw: the applications&apos; lookups in the order they started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this view as SVG, PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export DNS walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a .svg, .png or .pdf file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3) on %4 at %5 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::DnsZoneModel</name>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::EditorTable</name>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::EventListModel</name>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer where this step happens, in the four-layer model: a frame on a link is Network interface, a router choosing a route is Internet, a TCP state change is Transport, a ping or a DHCP lease is Application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest protocol in the PDU, as a packet analyser shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (TCP Seq/Ack relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (TCP Seq/Ack absolute)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::EventListView</name>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list headers added and removed, transmit ends, arrivals and passed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative Seq/Ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP sequence and acknowledgment numbers counted from each side&apos;s initial sequence number (as Wireshark shows them), or as carried. The sequence diagram follows the same choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::ExportSetup</name>
    <message>
        <source>Export &amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All &amp;Diagrams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw until the lab&apos;s problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the diagrams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drawn:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n diagram(s) to %1</source>
        <translation>
            <numerusform>Exported %n diagram to %1</numerusform>
            <numerusform>Exported %n diagrams to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ww::ui::GuideDialog</name>
    <message>
        <source>Wirewalk Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::HostsFileModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::InspectorSetup</name>
    <message>
        <source>Packet inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encapsulation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::LabBrowser</name>
    <message>
        <source>Search labs: a word in English or Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in labs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::LabBrowserDialog</name>
    <message>
        <source>Open Built-in Lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::LabBrowserSetup</name>
    <message>
        <source>Open &amp;Built-in Lab…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::LabDocument</name>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::LabNotesPanel</name>
    <message>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lab has no description. A lab file can carry one in English and Korean (&quot;description&quot;: {&quot;en&quot;: …, &quot;ko&quot;: …}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::LabNotesSetup</name>
    <message>
        <source>Lab Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::LessonOpenDialog</name>
    <message>
        <source>Open Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in lessons, in the order of the course notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirewalk lessons (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::LessonPanel</name>
    <message>
        <source>Check Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step (Page Up, Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Page Down, Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &gt; Open Lesson… steps through a lab with narration and questions. Common misconceptions are shown here during playback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite: the answer is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::LessonSetup</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab of %1 could not be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current lab was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab cannot be played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson ended: its steps are not in the changed lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::LinkEditor</name>
    <message>
        <source>a link needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth (bit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay (ms, one way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, e.g. 3, 7 (the 3rd and 7th frame sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit error rate (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames to lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits to link %1 are not applied: a field is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::MacTableModel</name>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirewalk labs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag devices from the palette; Shift+drag or right-drag from one device to another to cable them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one device to another to cable them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirewalk will not open this file until these are fixed:

%1

Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Wirewalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to capture until the lab&apos;s problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Capture written: %n file(s)</source>
        <translation>
            <numerusform>Capture written: %n file</numerusform>
            <numerusform>Capture written: %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ww::ui::NatSection</name>
    <message>
        <source>Forward directed broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops packets to private (RFC 1918) addresses, as the Internet does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT (NAPT) between two interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interface name, e.g. eth0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static NAT (one-to-one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding and NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT, outside interface: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT, mapping timeout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT, inside interface: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::NatTableModel</name>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::PduToken</name>
    <message>
        <source>%1
Frame %2: click to lose it on this link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::PlaybackSetup</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 dropped: what follows is simulated again without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback is off until the lab&apos;s problems are fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab changed: playback starts again from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation stopped at %1 s: it reached its budget of %2 events. A lab this busy usually has a loop or a storm (a switching loop, a routing loop, very many repetitions). Playback shows what happened up to the stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation stopped at %1 s: the packets and events it held reached %2 MiB, over its memory budget of %3 MiB. Playback shows what happened up to the stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording this lab (playback stays off until it is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording cancelled: playback is off until the lab is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n event(s)</source>
        <translation>
            <numerusform>Recorded: %n event</numerusform>
            <numerusform>Recorded: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Record everything? That can take a while and up to %1 MiB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating again without frame %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop cancelled: frame %1 goes through as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Passed over %n event(s) the list hides (tick &quot;%1&quot; or clear the filters to step through them)</source>
        <translation>
            <numerusform>Passed over %n event the list hides (tick &quot;%1&quot; or clear the filters to step through them)</numerusform>
            <numerusform>Passed over %n events the list hides (tick &quot;%1&quot; or clear the filters to step through them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ww::ui::PlaybackToolbar</name>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/100000×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/10000×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/1000×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/100×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/10×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated time per wall-clock second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated time: drag to scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms / %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::PlotsSetup</name>
    <message>
        <source>TCP plots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large and high-contrast, for a projector (F11; Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::PropertiesPanel</name>
    <message>
        <source>Select one device or link to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::ResolverSection</name>
    <message>
        <source>Own resolver settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise: the hosts file first, then the DNS server DHCP gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in order, e.g. 10.0.2.53; empty: from DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts file first, then DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS first, then the hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts file only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers, item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup order: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::RoutingTableModel</name>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected (DHCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (DHCP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::SequenceSetup</name>
    <message>
        <source>Sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::ServicesSection</name>
    <message>
        <source>Web server on port 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP delays its ACKs (delayed ACK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports, e.g. 9, 5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups joined, e.g. 239.1.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read bytes (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close at (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP listening ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications and transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP listening ports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed ACK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::StartPage</name>
    <message>
        <source>Choose a lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in labs follow the sections of the course notes. Each one shows what happens on the wire, step by step; pick one to open it, or type a word to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this page (Esc) and keep the lab that is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::TcpConnectionModel</name>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::TextTableModel</name>
    <message>
        <source>row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::TopologyScene</name>
    <message>
        <source>No free interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every interface of %1 is cabled. Add interface %2 for this link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link made: %1 has no free interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::VlanSection</name>
    <message>
        <source>VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVI address/prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLANs and their routed interfaces (SVI)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::classroom::ActLive</name>
    <message>
        <source>Ping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceroute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP GET…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS Lookup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::classroom::ActLiveDialog</name>
    <message>
        <source>Name to look up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (address or name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceroute from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP (Linux default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP echo (traceroute -I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP GET from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::classroom::PredictPanel</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction is on. Play or step: before the next event a question appears here, and playback waits for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction is off (Ctrl+Shift+P turns it on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a MAC, e.g. 02:00:00:aa:bb:cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers, e.g. 0, 800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for this lab: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ww::ui::classroom::PredictSetup</name>
    <message>
        <source>Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction mode: before the next event plays, say what will happen (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
