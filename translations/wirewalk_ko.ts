<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Wirewalk %1&lt;/h3&gt;&lt;p&gt;A network simulator for learning TCP/IP: every frame, packet and segment step by step, byte for byte.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). There is NO WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3) and QCustomPlot %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wirewalk %1&lt;/h3&gt;&lt;p&gt;TCP/IP를 배우는 네트워크 시뮬레이터: 모든 프레임, 패킷, 세그먼트를 한 단계씩, 바이트 단위로 보여 줍니다.&lt;/p&gt;&lt;p&gt;라이선스: GNU 일반 공중 사용 허가서 버전 3 이상(GPL-3.0-or-later). 어떠한 보증도 없습니다.&lt;/p&gt;&lt;p&gt;Qt %2(실행 중인 Qt %3)와 QCustomPlot %4로 만들었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Wirewalk</source>
        <translation>Wirewalk 정보</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt 정보</translation>
    </message>
</context>
<context>
    <name>AddActionCommand</name>
    <message>
        <source>Add %1 from %2 at %3 s</source>
        <translation>%3초에 %2에서 %1 추가</translation>
    </message>
</context>
<context>
    <name>AddDeviceCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
</context>
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Link %1:%2 to %3:%4</source>
        <translation>%1:%2을(를) %3:%4에 연결</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1을(를) 잠글 수 없습니다</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Diagrams of %1</source>
        <translation>%1의 그림</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>그리지 못한 그림</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>%1: too large at scale %2 (at most %3)</source>
        <translation>%1: 배율 %2에서는 너무 큽니다 (최대 %3)</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 보여 줍니다.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(기본)</translation>
    </message>
    <message>
        <source>Number of hosts (default 200).</source>
        <translation>호스트 수 (기본 200).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Simulated seconds (default 10).</source>
        <translation>시뮬레이션 시간(초) (기본 10).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Seconds between pings per host (default 0.01).</source>
        <translation>호스트당 ping 간격(초) (기본 0.01).</translation>
    </message>
    <message>
        <source>Also serialise the trace as JSON Lines to FILE (&apos;-&apos; for memory).</source>
        <translation>트레이스를 JSON Lines로 FILE에도 직렬화합니다 (&apos;-&apos;는 메모리).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--hosts: &apos;%1&apos; is not a whole number from 2 to 20000</source>
        <translation>--hosts: &apos;%1&apos;은(는) 2에서 20000 사이의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>--seconds: &apos;%1&apos; is not a number from 0 to 3600</source>
        <translation>--seconds: &apos;%1&apos;은(는) 0에서 3600 사이의 수가 아닙니다</translation>
    </message>
    <message>
        <source>--interval: &apos;%1&apos; is not a number from 0.0001 to 60</source>
        <translation>--interval: &apos;%1&apos;은(는) 0.0001에서 60 사이의 수가 아닙니다</translation>
    </message>
    <message>
        <source>Lab: %1 hosts, 2 LANs, 1 router; %2 simulated seconds; ping every %3 s per sender.</source>
        <translation>실습: 호스트 %1대, LAN 2개, 라우터 1대. 시뮬레이션 %2초. 송신 호스트마다 %3초 간격으로 ping.</translation>
    </message>
    <message>
        <source>Build: %1 ms.</source>
        <translation>구성: %1 ms.</translation>
    </message>
    <message>
        <source>Wall time: %1 s.</source>
        <translation>실제 경과 시간: %1초.</translation>
    </message>
    <message>
        <source>Frames: %1 (%2 MB on the wire); %3 frames per wall second.</source>
        <translation>프레임: %1개 (전송로 위 %2 MB); 실제 1초당 프레임 %3개.</translation>
    </message>
    <message>
        <source>Trace events: %1; %2 per wall second.</source>
        <translation>트레이스 이벤트: %1개; 실제 1초당 %2개.</translation>
    </message>
    <message>
        <source>Scheduler events: %1; %2 per wall second.</source>
        <translation>스케줄러 이벤트: %1개; 실제 1초당 %2개.</translation>
    </message>
    <message>
        <source>Simulated/wall time ratio: %1.</source>
        <translation>시뮬레이션/실제 시간 비율: %1.</translation>
    </message>
    <message>
        <source>Simulates LAB headless and prints what happened.</source>
        <translation>LAB을 화면 없이 시뮬레이션하고 일어난 일을 출력합니다.</translation>
    </message>
    <message>
        <source>Simulate up to SECONDS (default: the lab&apos;s duration).</source>
        <translation>SECONDS초까지 시뮬레이션합니다 (기본: 실습의 길이).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Random seed for loss and bit errors (default 1).</source>
        <translation>손실과 비트 오류의 난수 시드 (기본 1).</translation>
    </message>
    <message>
        <source>Write every event to FILE (JSON Lines).</source>
        <translation>모든 이벤트를 FILE에 저장합니다 (JSON Lines).</translation>
    </message>
    <message>
        <source>Print only the summary.</source>
        <translation>요약만 출력합니다.</translation>
    </message>
    <message>
        <source>LAB</source>
        <translation>LAB</translation>
    </message>
    <message>
        <source>A lab file, or builtin:NAME (see &apos;wirewalk labs&apos;).</source>
        <translation>실습 파일, 또는 builtin:NAME (&apos;wirewalk labs&apos; 참고).</translation>
    </message>
    <message>
        <source>run: expected exactly one LAB (a file path or builtin:NAME)</source>
        <translation>run: LAB을 정확히 하나 주어야 합니다 (파일 경로 또는 builtin:NAME)</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not a whole number from 0 to 18446744073709551615</source>
        <translation>--seed: &apos;%1&apos;은(는) 0에서 18446744073709551615 사이의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>--until: &apos;%1&apos; is not a number of seconds from 0 to 1000000</source>
        <translation>--until: &apos;%1&apos;은(는) 0에서 1000000 사이의 초 단위 수가 아닙니다</translation>
    </message>
    <message>
        <source>Lab %1: %2</source>
        <translation>실습 %1: %2</translation>
    </message>
    <message>
        <source>Time to live exceeded</source>
        <translation>TTL 초과 (Time to live exceeded)</translation>
    </message>
    <message>
        <source>Frag reassembly time exceeded</source>
        <translation>프래그먼트 재조립 시간 초과</translation>
    </message>
    <message>
        <source>Destination Net Unreachable</source>
        <translation>목적지 네트워크 도달 불가</translation>
    </message>
    <message>
        <source>Destination Host Unreachable</source>
        <translation>목적지 호스트 도달 불가</translation>
    </message>
    <message>
        <source>Destination Protocol Unreachable</source>
        <translation>목적지 프로토콜 도달 불가</translation>
    </message>
    <message>
        <source>Destination Port Unreachable</source>
        <translation>목적지 포트 도달 불가</translation>
    </message>
    <message>
        <source>Frag needed and DF set (mtu = %1)</source>
        <translation>단편화 필요, DF 설정됨 (mtu = %1)</translation>
    </message>
    <message>
        <source>ICMP type %1 code %2</source>
        <translation>ICMP 타입 %1 코드 %2</translation>
    </message>
    <message>
        <source>%1 bytes from %2: icmp_seq=%3 ttl=%4 time=%5 ms</source>
        <translation>%2에서 %1바이트: icmp_seq=%3 ttl=%4 time=%5 ms</translation>
    </message>
    <message>
        <source>From %1 (about %2): %3</source>
        <translation>%1의 알림 (%2 관련): %3</translation>
    </message>
    <message>
        <source>UDP datagram delivered to port %1 (%2 bytes of data)</source>
        <translation>UDP 데이터그램이 포트 %1에 전달됨 (데이터 %2바이트)</translation>
    </message>
    <message>
        <source>ping %1</source>
        <translation>ping %1</translation>
    </message>
    <message>
        <source>UDP to %1</source>
        <translation>%1(으)로 UDP 전송</translation>
    </message>
    <message>
        <source>Simulated %1 s: %2 events.</source>
        <translation>%1초 시뮬레이션: 이벤트 %2개.</translation>
    </message>
    <message>
        <source>Frames: %1 sent, %2 arrived, %3 lost on links, %4 dropped by devices, %5 in flight.</source>
        <translation>프레임: 송신 %1, 도착 %2, 링크에서 손실 %3, 장비에서 폐기 %4, 전송 중 %5.</translation>
    </message>
    <message>
        <source>Ping replies: %1. ICMP errors received: %2. UDP datagrams delivered: %3.</source>
        <translation>ping 응답: %1. 받은 ICMP 오류: %2. 전달된 UDP 데이터그램: %3.</translation>
    </message>
    <message>
        <source>Drops by reason: %1.</source>
        <translation>이유별 폐기: %1.</translation>
    </message>
    <message>
        <source>Conservation: every frame sent arrived, was lost with a reason, or is in flight.</source>
        <translation>프레임 수 검산: 보낸 프레임은 모두 도착했거나, 이유와 함께 손실되었거나, 아직 전송 중입니다.</translation>
    </message>
    <message>
        <source>Conservation violated: %1</source>
        <translation>프레임 수 검산 실패: %1</translation>
    </message>
    <message>
        <source>TCP connection to %1</source>
        <translation>%1(으)로 TCP 연결</translation>
    </message>
    <message>
        <source>TCP %1 %2:%3 - %4:%5: %6; %7 bytes sent and acknowledged, %8 bytes received, %9 retransmissions</source>
        <translation>TCP %1 %2:%3 - %4:%5: %6; 보내고 확인 응답받은 바이트 %7, 받은 바이트 %8, 재전송 %9회</translation>
    </message>
    <message>
        <source>Instead: send BYTES over TCP across host - switch - router - switch - host (100 Mb/s, 1 ms per link).</source>
        <translation>대신 호스트 - 스위치 - 라우터 - 스위치 - 호스트 경로(100 Mb/s, 링크당 1 ms)로 BYTES바이트를 TCP로 보냅니다.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>With --tcp: frame loss probability per link (default 0).</source>
        <translation>--tcp와 함께: 링크마다의 프레임 손실 확률 (기본 0).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>TCP: %1 bytes with loss %2 per link; all data and the FIN arrived at %3 s simulated (%4 Mb/s).</source>
        <translation>TCP: %1바이트, 링크당 손실률 %2. 모든 데이터와 FIN이 시뮬레이션 시각 %3초에 도착했습니다 (%4 Mb/s).</translation>
    </message>
    <message>
        <source>HTTP GET from %1</source>
        <translation>%1에서 HTTP GET</translation>
    </message>
    <message>
        <source>%1 sent (xid 0x%2)</source>
        <translation>%1 송신 (xid 0x%2)</translation>
    </message>
    <message>
        <source>%1 received (xid 0x%2)</source>
        <translation>%1 수신 (xid 0x%2)</translation>
    </message>
    <message>
        <source>, your address %1</source>
        <translation>, 할당 주소 %1</translation>
    </message>
    <message>
        <source>%1 configured by DHCP: %2/%3, gateway %4, DNS server %5, lease %6 s (server %7)</source>
        <translation>%1이(가) DHCP로 설정됨: %2/%3, 게이트웨이 %4, DNS 서버 %5, 임대 %6 s (서버 %7)</translation>
    </message>
    <message>
        <source>UDP %1 to %2: %3 datagrams sent</source>
        <translation>UDP %1에서 %2(으)로: 데이터그램 %3개 송신</translation>
    </message>
    <message>
        <source>UDP %1 port %2: %3 datagrams received</source>
        <translation>UDP %1 포트 %2: 데이터그램 %3개 수신</translation>
    </message>
    <message>
        <source>Canvas: %1 devices, %2 links; recording of %3 frames made in %4 ms; drawn from a moment with %5 frames on the links.</source>
        <translation>캔버스: 장비 %1개, 링크 %2개. 프레임 %3개를 %4 ms에 기록했고, 링크 위에 프레임 %5개가 있는 시점부터 그립니다.</translation>
    </message>
    <message>
        <source>%1 frames drawn at %2x%3 (%4 style), %5 to %6 tokens on the canvas.</source>
        <translation>%2x%3 크기로 화면 %1장을 그림 (%4 스타일), 캔버스의 토큰 %5~%6개.</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Frame time: median %1 ms, p99 %2 ms (overlay update: median %3 ms, p99 %4 ms; drawing: median %5 ms, p99 %6 ms).</source>
        <translation>화면당 시간: 중앙값 %1 ms, p99 %2 ms (오버레이 갱신: 중앙값 %3 ms, p99 %4 ms; 그리기: 중앙값 %5 ms, p99 %6 ms).</translation>
    </message>
    <message>
        <source>CPU time per frame: median %1 ms, p99 %2 ms.</source>
        <translation>화면당 CPU 시간: 중앙값 %1 ms, p99 %2 ms.</translation>
    </message>
    <message>
        <source>Time the canvas (this benchmark).</source>
        <translation>캔버스 그리기 시간을 잽니다 (이 벤치마크).</translation>
    </message>
    <message>
        <source>Frames to draw (default 300).</source>
        <translation>그릴 화면 수 (기본값 300).</translation>
    </message>
    <message>
        <source>Draw in presenter mode&apos;s style.</source>
        <translation>발표자 모드 스타일로 그립니다.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Times drawing the playback canvas: 200 hosts, about 500 frames in flight, through the real canvas widget into an image; then start-up to the first painted window, the main window against a bare QWidget.</source>
        <translation>재생 캔버스를 그리는 시간을 잽니다: 호스트 200개, 전송 중인 프레임 약 500개를 실제 캔버스 위젯으로 이미지에 그립니다. 이어서 첫 창이 그려지기까지의 시작 시간을 메인 창과 빈 QWidget으로 비교합니다.</translation>
    </message>
    <message>
        <source>--frames: &apos;%1&apos; is not a whole number from 1 to 100000</source>
        <translation>--frames: &apos;%1&apos;은(는) 1에서 100000 사이의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>The event whose PDU to draw (its number in &apos;wirewalk run --trace&apos;).</source>
        <translation>그릴 PDU가 담긴 이벤트 (&apos;wirewalk run --trace&apos;의 번호).</translation>
    </message>
    <message>
        <source>With --view header: ethernet, arp, ipv4, icmp, udp or tcp (default: ipv4, else the innermost).</source>
        <translation>--view header와 함께: ethernet, arp, ipv4, icmp, udp, tcp (기본: ipv4, 없으면 가장 안쪽 헤더).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: expected exactly one LAB (a file path or builtin:NAME)</source>
        <translation>export: LAB(파일 경로 또는 builtin:NAME)를 정확히 하나 주세요</translation>
    </message>
    <message>
        <source>-o: required: the file to write</source>
        <translation>-o: 필수: 쓸 파일</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of svg, png, pdf</source>
        <translation>--format: &apos;%1&apos;은(는) svg, png, pdf 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>--event: required: the number of an event that carries a PDU</source>
        <translation>--event: 필수: PDU가 담긴 이벤트의 번호</translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is out of range: this run has events 0 to %2</source>
        <translation>--event: &apos;%1&apos;은(는) 범위 밖입니다: 이 실행의 이벤트는 0부터 %2까지</translation>
    </message>
    <message>
        <source>--event: event %1 (%2) carries no PDU; pick a frame, packet or segment event such as frame_tx_start or header_pushed</source>
        <translation>--event: 이벤트 %1(%2)에는 PDU가 없습니다. frame_tx_start나 header_pushed 같은 프레임, 패킷, 세그먼트 이벤트를 고르세요</translation>
    </message>
    <message>
        <source>--event: event %1 has no header to draw</source>
        <translation>--event: 이벤트 %1에는 그릴 헤더가 없습니다</translation>
    </message>
    <message>
        <source>--header: event %1 has no &apos;%2&apos; header; it has: %3</source>
        <translation>--header: 이벤트 %1에는 &apos;%2&apos; 헤더가 없습니다. 있는 헤더: %3</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 파일을 저장했습니다</translation>
    </message>
    <message>
        <source>wirewalk: no such built-in lab: %1</source>
        <translation>wirewalk: 없는 내장 실습입니다: %1</translation>
    </message>
    <message>
        <source>wirewalk: no such lab file or command: %1</source>
        <translation>wirewalk: 없는 실습 파일 또는 명령입니다: %1</translation>
    </message>
    <message>
        <source>Did you mean builtin:%1?</source>
        <translation>혹시 builtin:%1을(를) 입력하려고 하셨나요?</translation>
    </message>
    <message>
        <source>&apos;wirewalk --help&apos; lists the commands, &apos;wirewalk labs&apos; the built-in labs.</source>
        <translation>&apos;wirewalk --help&apos;는 명령 목록을, &apos;wirewalk labs&apos;는 내장 실습 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <source>wirewalk: cannot open the window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
Without a display, &apos;wirewalk run LAB&apos; simulates a lab and prints what happened, and &apos;wirewalk export&apos; draws its views to files.</source>
        <translation>wirewalk: 창을 열 수 없습니다: 디스플레이가 없습니다 (DISPLAY도 WAYLAND_DISPLAY도 설정되어 있지 않습니다).
디스플레이가 없어도 &apos;wirewalk run LAB&apos;으로 실습을 시뮬레이션하고 일어난 일을 출력할 수 있고, &apos;wirewalk export&apos;로 실습의 화면을 파일로 그릴 수 있습니다.</translation>
    </message>
    <message>
        <source>--capture: chooses where --pcap FILE captures; give --pcap too</source>
        <translation>--capture: --pcap FILE이 캡처할 지점을 고르는 옵션입니다. --pcap도 함께 주세요</translation>
    </message>
    <message>
        <source>--pcap: the lab has no links to capture on</source>
        <translation>--pcap: 이 실습에는 캡처할 링크가 없습니다</translation>
    </message>
    <message>
        <source>--capture: &apos;%1&apos; is neither a link nor a DEVICE:INTERFACE at the end of one; links: %2; interfaces: %3</source>
        <translation>--capture: &apos;%1&apos;은(는) 링크도 아니고 링크 끝의 DEVICE:INTERFACE도 아닙니다. 링크: %2. 인터페이스: %3</translation>
    </message>
    <message>
        <source>capture: %1 (link %2)</source>
        <translation>캡처: %1 (링크 %2)</translation>
    </message>
    <message>
        <source>capture: every link into %1, each at the link&apos;s first end</source>
        <translation>캡처: 모든 링크를 각각 링크의 첫 번째 끝에서 캡처해 %1에 저장</translation>
    </message>
    <message>
        <source>--max-events: &apos;%1&apos; is not a whole number of events from 1 to 18446744073709551615</source>
        <translation>--max-events: &apos;%1&apos;은(는) 1에서 18446744073709551615 사이의 이벤트 수(정수)가 아닙니다</translation>
    </message>
    <message>
        <source>--max-memory: &apos;%1&apos; is not a whole number of MiB from 1 to %2</source>
        <translation>--max-memory: &apos;%1&apos;은(는) 1에서 %2 사이의 MiB 값(정수)이 아닙니다</translation>
    </message>
    <message>
        <source>run: stopped at %1 s: the run reached its budget of %2 events (a loop or a storm?); raise it with --max-events N</source>
        <translation>run: %1초에 멈춤: 실행이 이벤트 한도 %2개에 도달했습니다 (루프나 폭주?). --max-events N으로 한도를 늘리세요</translation>
    </message>
    <message>
        <source>run: stopped at %1 s: packets and events held reached %2 MiB, over the memory budget of %3 MiB; raise it with --max-memory MIB</source>
        <translation>run: %1초에 멈춤: 메모리에 보관한 패킷과 이벤트가 %2 MiB로 메모리 한도 %3 MiB를 넘었습니다. --max-memory MIB로 한도를 늘리세요</translation>
    </message>
    <message>
        <source>Write what one capture point sees to FILE (pcapng; see --capture).</source>
        <translation>캡처 지점 한 곳에서 본 프레임을 FILE에 저장합니다 (pcapng, --capture 참고).</translation>
    </message>
    <message>
        <source>The capture point of --pcap: a link&apos;s name (its first end) or DEVICE:INTERFACE (default: the first sender&apos;s end of its first link).</source>
        <translation>--pcap의 캡처 지점: 링크 이름(그 링크의 첫 번째 끝) 또는 DEVICE:INTERFACE (기본: 첫 송신자의 첫 링크 중 송신자 쪽 끝).</translation>
    </message>
    <message>
        <source>POINT</source>
        <translation>POINT</translation>
    </message>
    <message>
        <source>Write DIR/LINK.pcapng for every link, each captured at the link&apos;s first end.</source>
        <translation>링크마다 DIR/LINK.pcapng를 저장합니다. 각 파일은 링크의 첫 번째 끝에서 캡처합니다.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Stop the run after N events (default %1).</source>
        <translation>이벤트 N개를 처리하면 실행을 멈춥니다 (기본 %1).</translation>
    </message>
    <message>
        <source>Stop the run when packets and events held exceed MIB mebibytes (default %1).</source>
        <translation>메모리에 보관한 패킷과 이벤트가 MIB 메비바이트를 넘으면 실행을 멈춥니다 (기본 %1).</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>Drops: %1 in all: %2 frames lost on links, %3 frames refused at a transmitter (queue full or too big for the link), %4 frames dropped by devices, %5 packets dropped inside devices.</source>
        <translation>폐기: 모두 %1개 (링크에서 손실된 프레임 %2개, 송신 측이 거부한 프레임 %3개(대기열이 가득 찼거나 링크에 비해 너무 큼), 장비가 폐기한 프레임 %4개, 장비 안에서 폐기된 패킷 %5개).</translation>
    </message>
    <message>
        <source>Runs a large lab (hosts on two LANs pinging across a router) and reports the engine&apos;s speed. The trace is on: every event reaches a subscriber.
--canvas [--frames N] [--presenter] instead times drawing the playback canvas (200 hosts, ~500 frames in flight) and start-up to the first painted window.
--sequence instead times the sequence diagram of tcp-loss (export, scrolling).</source>
        <translation>큰 실습(두 LAN의 호스트들이 라우터 너머로 ping)을 실행해 엔진 속도를 보고합니다. 트레이스가 켜져 있어 모든 이벤트가 구독자에게 전달됩니다.
--canvas [--frames N] [--presenter]는 대신 재생 캔버스 그리기(호스트 200개, 전송 중인 프레임 약 500개)와 첫 창이 그려지기까지의 시작 시간을 잽니다.
--sequence는 대신 tcp-loss의 시퀀스 다이어그램(내보내기, 스크롤) 시간을 잽니다.</translation>
    </message>
    <message>
        <source>Load: %1 ms (the lab file, %2 bytes, parsed and checked%3).</source>
        <translation>불러오기: %1 ms (실습 파일 %2바이트를 해석하고 검사함%3).</translation>
    </message>
    <message>
        <source>; it has problems</source>
        <translation>; 문제가 있음</translation>
    </message>
    <message>
        <source>Time the sequence diagram (this benchmark).</source>
        <translation>시퀀스 다이어그램 시간을 잽니다 (이 벤치마크).</translation>
    </message>
    <message>
        <source>Times the sequence diagram of the tcp-loss lab: building it, exporting its first 1000 messages to SVG and PDF, and drawing frames while its view scrolls through the whole run offscreen.</source>
        <translation>tcp-loss 실습의 시퀀스 다이어그램 시간을 잽니다: 다이어그램 만들기, 처음 메시지 1000개를 SVG와 PDF로 내보내기, 보기가 실행 전체를 화면 밖(offscreen)에서 스크롤하는 동안 화면 그리기.</translation>
    </message>
    <message>
        <source>tcp-loss: %1 events recorded in %2 ms; %3 messages in %4 conversations found in %5 ms.</source>
        <translation>tcp-loss: 이벤트 %1개를 %2 ms에 기록. 대화 %4개의 메시지 %3개를 %5 ms에 찾음.</translation>
    </message>
    <message>
        <source>Export of %1 arrows (%2 x %3 px; laid out in %4 ms): SVG median %5 ms (CPU %7 ms), PDF median %6 ms (CPU %8 ms).</source>
        <translation>화살표 %1개 내보내기 (%2 x %3 px, 배치 %4 ms): SVG 중앙값 %5 ms (CPU %7 ms), PDF 중앙값 %6 ms (CPU %8 ms).</translation>
    </message>
    <message>
        <source>Scrolling all %1 arrows (%2 px tall; laid out in %3 ms): %4 frames of %5 x %6, median %7 ms, p99 %8 ms, worst %9 ms (CPU time per frame: median %10 ms, p99 %11 ms).</source>
        <translation>화살표 %1개 전체 스크롤 (높이 %2 px, 배치 %3 ms): %5 x %6 화면 %4장, 중앙값 %7 ms, p99 %8 ms, 최악 %9 ms (화면당 CPU 시간: 중앙값 %10 ms, p99 %11 ms).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an option (options are words such as --help), and no value here starts with &apos;-&apos;</source>
        <translation>%1: &apos;%2&apos;은(는) 옵션이 아닙니다(옵션은 --help 같은 단어입니다). 여기서는 &apos;-&apos;로 시작하는 값이 없습니다</translation>
    </message>
    <message>
        <source>%1 takes no arguments: &apos;%2&apos; is not an option; see wirewalk %1 --help</source>
        <translation>%1은(는) 인자를 받지 않습니다: &apos;%2&apos;은(는) 옵션이 아닙니다. wirewalk %1 --help를 보세요</translation>
    </message>
    <message>
        <source>Draws a view of LAB into an SVG, PNG or PDF file, or with --all every view into a folder.

Views:
%1</source>
        <translation>LAB의 보기 하나를 SVG, PNG, PDF 파일로 그리거나, --all을 주면 모든 보기를 폴더에 그립니다.

보기:
%1</translation>
    </message>
    <message>
        <source>What to draw (see Views above; default: encapsulation with --event, else topology).</source>
        <translation>그릴 보기 (위의 보기 목록 참고. 기본: --event가 있으면 encapsulation, 없으면 topology).</translation>
    </message>
    <message>
        <source>Every diagram of the lab into the folder -o DIR, with stable names and an index (index.html, index.txt); default format svg.</source>
        <translation>실습의 모든 그림을 고정된 이름과 색인(index.html, index.txt)과 함께 -o DIR 폴더에 그립니다. 기본 형식은 svg.</translation>
    </message>
    <message>
        <source>The conversation to draw, e.g. tcp:10.0.1.10:49152-10.0.2.20:80 (default: the lab&apos;s first TCP conversation, else its first).</source>
        <translation>그릴 대화. 예: tcp:10.0.1.10:49152-10.0.2.20:80 (기본: 실습의 첫 TCP 대화, 없으면 첫 대화).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Draw the run as it is at T seconds (frames on the links, marks).</source>
        <translation>T초 시점의 실행 상태를 그립니다 (링크 위의 프레임, 표시).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The DNS walkthrough&apos;s Nth lookup (1-based).</source>
        <translation>DNS 조회 과정 보기에서 그릴 N번째 조회 (1부터 셈).</translation>
    </message>
    <message>
        <source>PNG only: pixels per drawing unit, from 0.1 to 10 (default 2).</source>
        <translation>PNG 전용: 그림 단위당 픽셀 수, 0.1에서 10 사이 (기본 2).</translation>
    </message>
    <message>
        <source>svg, png or pdf (default: from the output file&apos;s extension; svg with --all).</source>
        <translation>svg, png, pdf (기본: 출력 파일의 확장자, --all이면 svg).</translation>
    </message>
    <message>
        <source>The file to write (with --all: the folder).</source>
        <translation>쓸 파일 (--all이면 폴더).</translation>
    </message>
    <message>
        <source>Print the conversation IDs --conversation accepts, and stop.</source>
        <translation>--conversation에 쓸 수 있는 대화 ID를 출력하고 끝냅니다.</translation>
    </message>
    <message>
        <source>one header of event N&apos;s PDU as an RFC-style bit diagram (--header)</source>
        <translation>이벤트 N의 PDU 중 헤더 하나를 RFC 형식의 비트 그림으로 (--header)</translation>
    </message>
    <message>
        <source>--view: not with --all, which writes every view</source>
        <translation>--view: --all과 함께 쓸 수 없습니다 (--all은 모든 보기를 그립니다)</translation>
    </message>
    <message>
        <source>--view: &apos;%1&apos; is not one of %2</source>
        <translation>--view: &apos;%1&apos;은(는) %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is not a whole number (an event number from &apos;wirewalk run --trace&apos;)</source>
        <translation>--event: &apos;%1&apos;은(는) 정수가 아닙니다 (&apos;wirewalk run --trace&apos;의 이벤트 번호)</translation>
    </message>
    <message>
        <source>--query: &apos;%1&apos; is not a whole number from 1 (the first lookup)</source>
        <translation>--query: &apos;%1&apos;은(는) 1(첫 조회) 이상의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>%1: not with --all, which draws each view in all its variants</source>
        <translation>%1: --all과 함께 쓸 수 없습니다 (--all은 보기마다 모든 변형을 그립니다)</translation>
    </message>
    <message>
        <source>%1: the %2 view does not use it; it applies to: %3</source>
        <translation>%1: %2 보기에서는 쓰지 않는 옵션입니다. 이 옵션을 쓰는 보기: %3</translation>
    </message>
    <message>
        <source>no view of this build</source>
        <translation>이 빌드에는 없음</translation>
    </message>
    <message>
        <source>--header: only with --view header</source>
        <translation>--header: --view header와 함께만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>-o: required: the folder to write the diagrams into</source>
        <translation>-o: 필수: 그림을 저장할 폴더</translation>
    </message>
    <message>
        <source>--scale: applies to PNG only (the format is %1)</source>
        <translation>--scale: PNG에만 쓰입니다 (지금 형식은 %1)</translation>
    </message>
    <message>
        <source>--scale: &apos;%1&apos; is not a number from 0.1 to 10</source>
        <translation>--scale: &apos;%1&apos;은(는) 0.1에서 10 사이의 수가 아닙니다</translation>
    </message>
    <message>
        <source>--conversation: &apos;%1&apos;: the %2 view has no conversation to draw in this run</source>
        <translation>--conversation: &apos;%1&apos;: 이 실행에는 %2 보기로 그릴 대화가 없습니다</translation>
    </message>
    <message>
        <source>--conversation: &apos;%1&apos; is not a conversation of this run; the %2 view accepts: %3</source>
        <translation>--conversation: &apos;%1&apos;은(는) 이 실행의 대화가 아닙니다. %2 보기에 쓸 수 있는 대화: %3</translation>
    </message>
    <message>
        <source>--scale: %1 makes a %2 x %3 pixel PNG of this view; at most %4 here</source>
        <translation>--scale: %1이면 이 보기의 PNG가 %2 x %3 픽셀이 됩니다. 여기서는 최대 %4</translation>
    </message>
    <message>
        <source>not drawn: %1</source>
        <translation>그리지 못함: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n diagram(s) and index.html, index.txt to %1</source>
        <translation>
            <numerusform>그림 %n개와 index.html, index.txt를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>--list-conversations: no view of this build draws conversations</source>
        <translation>--list-conversations: 이 빌드에는 대화를 그리는 보기가 없습니다</translation>
    </message>
    <message>
        <source>--pcap-dir: cannot create directory %1: %2</source>
        <translation>--pcap-dir: 디렉터리 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>a file is in the way</source>
        <translation>같은 이름의 파일이 있습니다</translation>
    </message>
    <message>
        <source>DNS lookup via %1</source>
        <translation>%1을(를) 통한 DNS 조회</translation>
    </message>
    <message>
        <source>%1 %2: looking up the name first</source>
        <translation>%1 %2: 먼저 이름을 조회합니다</translation>
    </message>
    <message>
        <source>from the stub resolver&apos;s cache (%1 s of its TTL left)</source>
        <translation>스텁 리졸버의 캐시에서 (남은 TTL %1초)</translation>
    </message>
    <message>
        <source>from the hosts file</source>
        <translation>hosts 파일에서</translation>
    </message>
    <message>
        <source>not in the hosts file, no DNS server asked</source>
        <translation>hosts 파일에 없음, DNS 서버에는 묻지 않음</translation>
    </message>
    <message>
        <source>from the DNS server %1 in %2 ms</source>
        <translation>DNS 서버 %1에서 %2 ms 만에</translation>
    </message>
    <message>
        <source>no DNS server answered in %1 s</source>
        <translation>%1초 동안 응답한 DNS 서버 없음</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>%1 응답</translation>
    </message>
    <message>
        <source>%1 is %2 (%3)</source>
        <translation>%1의 주소는 %2 (%3)</translation>
    </message>
    <message>
        <source>Name or service not known</source>
        <translation>이름 혹은 서비스를 알 수 없습니다</translation>
    </message>
    <message>
        <source>Temporary failure in name resolution</source>
        <translation>이름 해석에 일시적 실패</translation>
    </message>
    <message>
        <source>Non-authoritative answer:</source>
        <translation>권한 없는 응답:</translation>
    </message>
    <message>
        <source>DNS lookups: %1 (%2 from the stub cache, %3 from the hosts file, %4 from a DNS server), %5 without an answer.</source>
        <translation>DNS 조회: %1회 (스텁 캐시 %2회, hosts 파일 %3회, DNS 서버 %4회), 응답 없음 %5회.</translation>
    </message>
    <message>
        <source>Main window, ms from its constructor: %1.</source>
        <translation>메인 창, 생성자부터의 시간(ms): %1.</translation>
    </message>
    <message>
        <source>Leave each PDU&apos;s bytes (&quot;hex&quot;) out of --jsonl: a smaller, faster trace.</source>
        <translation>각 PDU의 바이트(&quot;hex&quot;)를 --jsonl에서 뺍니다: 더 작고 빠른 트레이스.</translation>
    </message>
    <message>
        <source>--tcp takes bytes from 0 to 2000000000, --loss a probability from 0 to 1</source>
        <translation>--tcp는 0에서 2000000000 사이의 바이트 수, --loss는 0에서 1 사이의 확률을 받습니다</translation>
    </message>
    <message>
        <source>CPU time: %1 s (user + system).</source>
        <translation>CPU 시간: %1초 (사용자 + 시스템).</translation>
    </message>
    <message>
        <source>Peak memory: %1 MB (resident, whole process).</source>
        <translation>최대 메모리: %1 MB (상주 메모리, 프로세스 전체).</translation>
    </message>
    <message>
        <source>--recording [--hosts N] times recording a ping lab of N hosts (default 400) as the window does and reports memory per event; --startup times start-up to the first painted window against a bare QWidget.</source>
        <translation>--recording [--hosts N]은 호스트 N개(기본 400)의 ping 실습을 창과 같은 방식으로 기록하는 시간과 이벤트당 메모리를 잽니다. --startup은 창이 처음 그려질 때까지의 시작 시간을 빈 QWidget과 비교해 잽니다.</translation>
    </message>
    <message>
        <source>Time the recording.</source>
        <translation>기록 시간을 잽니다.</translation>
    </message>
    <message>
        <source>Time start-up.</source>
        <translation>시작 시간을 잽니다.</translation>
    </message>
    <message>
        <source>Number of hosts (default 400).</source>
        <translation>호스트 수(기본 400).</translation>
    </message>
    <message>
        <source>--hosts: &apos;%1&apos; is not a whole number from 2 to 5000</source>
        <translation>--hosts: &apos;%1&apos;은(는) 2부터 5000까지의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>Lists the built-in labs by section of the course notes. Open one with builtin:NAME.</source>
        <translation>내장 실습 목록을 강의 노트의 단원별로 보여 줍니다. builtin:NAME 으로 엽니다.</translation>
    </message>
    <message>
        <source>Print only the labs&apos; names, one a line, in the same order.</source>
        <translation>실습 이름만 한 줄에 하나씩, 같은 순서로 출력합니다.</translation>
    </message>
    <message>
        <source>Other labs</source>
        <translation>기타 실습</translation>
    </message>
    <message>
        <source>Leave each PDU&apos;s bytes (&quot;hex&quot;) out of --trace: a smaller, faster trace.</source>
        <translation>각 PDU의 바이트(&quot;hex&quot;)를 --trace에서 뺍니다: 더 작고 빠른 트레이스.</translation>
    </message>
    <message>
        <source>traceroute to %1</source>
        <translation>%1(으)로 traceroute</translation>
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
        <translation>사용법: wirewalk [LAB]            앱을 엽니다 (기본: 내장 기본 실습)
       wirewalk COMMAND [ARGS]

명령:
  labs      내장 실습 목록
  run       화면 없이 실습을 시뮬레이션; pcapng와 JSON Lines 트레이스 저장
  subnet    ADDRESS/PREFIX의 네트워크 주소, 브로드캐스트 주소, 마스크, 호스트 범위
  bench     큰 실습으로 엔진 속도 측정
  export    보기(토폴로지, 캡슐화 ...)를 SVG, PNG, PDF로 그리기; --all: 모든 보기
  lesson    check LESSON: 파일 &gt; 레슨 열기가 찾는 것과 같은 레슨 파일의 문제

LAB은 실습 파일 경로 또는 builtin:NAME 입니다. 자세한 내용은 &apos;wirewalk COMMAND --help&apos;.
</translation>
    </message>
    <message>
        <source>%1: lesson %2 is fine; steps: %3, on %4, each at its moment</source>
        <translation>%1: 레슨 %2에 문제가 없습니다; 단계: %3개, 실습 %4, 모든 단계가 제 시점의 이벤트를 찾습니다</translation>
    </message>
    <message>
        <source>check LESSON: checks a lesson file (or builtin:NAME) as File &gt; Open Lesson… does: its keys and values, its lab, and that every step finds its event in a recorded run of the lab. Prints each problem with its path (steps[2].at) and exits 2, or prints one line and exits 0 when the lesson would open.</source>
        <translation>check LESSON: 레슨 파일(또는 builtin:NAME)을 파일 &gt; 레슨 열기…와 같이 검사합니다: 키와 값, 실습, 그리고 모든 단계가 실습을 기록한 실행에서 자기 이벤트를 찾는지. 문제마다 경로(steps[2].at)와 함께 출력하고 종료 코드 2로 끝나며, 레슨을 열 수 있으면 한 줄을 출력하고 0으로 끝납니다.</translation>
    </message>
    <message>
        <source>What to do: check.</source>
        <translation>할 일: check.</translation>
    </message>
    <message>
        <source>A lesson file, or builtin:NAME.</source>
        <translation>레슨 파일 또는 builtin:NAME.</translation>
    </message>
    <message>
        <source>lesson: what to do is missing; try: wirewalk lesson check LESSON</source>
        <translation>lesson: 할 일이 빠졌습니다; 예: wirewalk lesson check LESSON</translation>
    </message>
    <message>
        <source>lesson: &apos;%1&apos; is not a lesson command; the one there is: check</source>
        <translation>lesson: &apos;%1&apos;은(는) lesson 명령이 아닙니다; 있는 명령은 check 하나입니다</translation>
    </message>
    <message>
        <source>lesson check: takes one lesson file or builtin:NAME, not %1</source>
        <translation>lesson check: 레슨 파일 또는 builtin:NAME 하나만 받습니다(%1개가 아님)</translation>
    </message>
    <message>
        <source>A QWidget showing one line of text: %1 ms (the first text drawn loads the fonts).</source>
        <translation>글자 한 줄을 보여 주는 QWidget: %1 ms (처음 그리는 글자가 글꼴을 불러옵니다).</translation>
    </message>
    <message>
        <source>Start-up to the first whole frame painted (median of %1 fresh processes): main window %2 ms, bare QWidget %3 ms.</source>
        <translation>첫 프레임 전체를 그리기까지의 시작 시간 (새 프로세스 %1개의 중앙값): 메인 창 %2 ms, 빈 QWidget %3 ms.</translation>
    </message>
    <message>
        <source>Recording: %1 hosts, %2 events, %3 frames; %4 ms (%5 ms on the GUI thread, the rest, with the event list&apos;s pass over every event, in a worker thread).</source>
        <translation>기록: 호스트 %1개, 이벤트 %2개, 프레임 %3개; %4 ms(GUI 스레드에서 %5 ms, 나머지는 모든 이벤트를 훑는 이벤트 목록의 처리와 함께 작업 스레드에서).</translation>
    </message>
    <message>
        <source>Memory: recording %1 MiB (%2 bytes per event, the event list&apos;s facts included); event list %3 MiB (%4 bytes per event), shown in %5 ms on the GUI thread.</source>
        <translation>메모리: 기록 %1 MiB(이벤트당 %2바이트, 이벤트 목록의 행 정보 포함); 이벤트 목록 %3 MiB(이벤트당 %4바이트), GUI 스레드에서 표시하는 데 %5 ms.</translation>
    </message>
    <message>
        <source>Per event, recording and event list together: %1 bytes resident (the resident set&apos;s growth above), %2 bytes on the heap (malloc&apos;s bytes in use: recording with the event list&apos;s facts %3, event list model %4).</source>
        <translation>이벤트당 기록과 이벤트 목록을 합쳐: 상주 메모리 %1바이트(위 상주 집합 증가량), 힙 %2바이트(malloc 사용 중 바이트: 이벤트 목록의 행 정보를 포함한 기록 %3, 이벤트 목록 모델 %4).</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>TCP %1 (%2)</source>
        <translation>TCP %1 (%2)</translation>
    </message>
    <message>
        <source>UDP %1 (%2)</source>
        <translation>UDP %1 (%2)</translation>
    </message>
    <message>
        <source>ICMP echo %1 (%2)</source>
        <translation>ICMP 에코 %1 (%2)</translation>
    </message>
    <message>
        <source>ARP %1 (%2)</source>
        <translation>ARP %1 (%2)</translation>
    </message>
    <message>
        <source>DHCP transaction %1 (%2)</source>
        <translation>DHCP 트랜잭션 %1 (%2)</translation>
    </message>
    <message>
        <source>The whole lab</source>
        <translation>실습 전체</translation>
    </message>
    <message>
        <source>conversation: &apos;%1&apos; is not in this run, which has no conversations (only &apos;lab&apos;, the whole lab)</source>
        <translation>conversation: &apos;%1&apos;은(는) 이 실행에 없습니다. 이 실행에는 대화가 없습니다 (실습 전체인 &apos;lab&apos;만 있음)</translation>
    </message>
    <message>
        <source>conversation: &apos;%1&apos; is neither an ID nor a number from 1 to %2; this run has: %3 (or &apos;lab&apos; for the whole lab)</source>
        <translation>conversation: &apos;%1&apos;은(는) ID도 아니고 1에서 %2 사이의 번호도 아닙니다. 이 실행의 대화: %3 (실습 전체는 &apos;lab&apos;)</translation>
    </message>
</context>
<context>
    <name>DeviceItem</name>
    <message>
        <source>address by DHCP</source>
        <translation>DHCP로 주소 받음</translation>
    </message>
</context>
<context>
    <name>DevicePalette</name>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>노트북</translation>
    </message>
    <message>
        <source>L2 switch</source>
        <translation>L2 스위치</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>라우터</translation>
    </message>
    <message>
        <source>L3 switch</source>
        <translation>L3 스위치</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>웹 서버</translation>
    </message>
    <message>
        <source>Internet router</source>
        <translation>인터넷 라우터</translation>
    </message>
</context>
<context>
    <name>Dissection</name>
    <message>
        <source>echo reply</source>
        <translation>에코 응답</translation>
    </message>
    <message>
        <source>destination unreachable</source>
        <translation>목적지 도달 불가</translation>
    </message>
    <message>
        <source>echo request</source>
        <translation>에코 요청</translation>
    </message>
    <message>
        <source>time exceeded</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2바이트)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>End of options</source>
        <translation>옵션 끝</translation>
    </message>
    <message>
        <source>No operation (padding)</source>
        <translation>NOP (채움)</translation>
    </message>
    <message>
        <source>Maximum segment size</source>
        <translation>최대 세그먼트 크기 (MSS)</translation>
    </message>
    <message>
        <source>Window scale</source>
        <translation>윈도우 스케일</translation>
    </message>
    <message>
        <source>SACK permitted</source>
        <translation>SACK 허용</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>옵션 %1</translation>
    </message>
    <message>
        <source>value %1, echo reply %2</source>
        <translation>값 %1, 에코 응답 %2</translation>
    </message>
    <message>
        <source>%1 is cut short: only %2 bytes</source>
        <translation>%1이(가) 잘렸습니다: %2바이트뿐</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>패딩</translation>
    </message>
    <message>
        <source>Zero bytes that bring a short frame up to the 64-byte minimum</source>
        <translation>짧은 프레임을 최소 64바이트로 채우는 0 바이트</translation>
    </message>
    <message>
        <source> [correct]</source>
        <translation> [정상]</translation>
    </message>
    <message>
        <source> [wrong]</source>
        <translation> [오류]</translation>
    </message>
    <message>
        <source>IPv4 header does not parse (%1)</source>
        <translation>IPv4 헤더를 해석할 수 없음 (%1)</translation>
    </message>
    <message>
        <source>Fragment data</source>
        <translation>프래그먼트 데이터</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>(end of header)</source>
        <translation>(헤더 끝)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Subnet mask</source>
        <translation>서브넷 마스크</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>라우터</translation>
    </message>
    <message>
        <source>Domain name server</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <source>Requested IP address</source>
        <translation>요청 IP 주소</translation>
    </message>
    <message>
        <source>IP address lease time</source>
        <translation>IP 주소 임대 시간</translation>
    </message>
    <message>
        <source>DHCP message type</source>
        <translation>DHCP 메시지 타입</translation>
    </message>
    <message>
        <source>Server identifier</source>
        <translation>서버 식별자</translation>
    </message>
    <message>
        <source>Parameter request list</source>
        <translation>매개변수 요청 목록</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>&lt;Root&gt;</source>
        <translation>&lt;루트&gt;</translation>
    </message>
    <message>
        <source>Compression pointer</source>
        <translation>압축 포인터</translation>
    </message>
    <message>
        <source>→ offset %1</source>
        <translation>→ 오프셋 %1</translation>
    </message>
    <message>
        <source>The rest of the name was written earlier in the message: two bytes starting 11 give its offset (RFC 1035 §4.1.4)</source>
        <translation>이름의 나머지는 메시지 앞쪽에 이미 있습니다: 비트 11로 시작하는 2바이트가 그 오프셋을 가리킵니다 (RFC 1035 §4.1.4)</translation>
    </message>
    <message>
        <source>addr %1</source>
        <translation>주소 %1</translation>
    </message>
    <message>
        <source>preference %1, mx %2</source>
        <translation>우선순위 %1, mx %2</translation>
    </message>
    <message>
        <source>mname %1</source>
        <translation>mname %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Name server</source>
        <translation>네임 서버</translation>
    </message>
    <message>
        <source>Canonical name</source>
        <translation>정식 이름</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>도메인 이름</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Mail exchange</source>
        <translation>메일 교환 서버</translation>
    </message>
    <message>
        <source>Primary name server</source>
        <translation>주 네임 서버</translation>
    </message>
    <message>
        <source>Responsible authority&apos;s mailbox</source>
        <translation>책임자 메일 주소</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>갱신 간격</translation>
    </message>
    <message>
        <source>Retry interval</source>
        <translation>재시도 간격</translation>
    </message>
    <message>
        <source>Expire limit</source>
        <translation>만료 한도</translation>
    </message>
    <message>
        <source>Minimum TTL</source>
        <translation>최소 TTL</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>response</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>query</source>
        <translation>질의</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>질의</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>%1: type %2, class %3</source>
        <translation>%1: 타입 %2, 클래스 %3</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>타입</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Authoritative nameservers</source>
        <translation>권한 네임 서버</translation>
    </message>
    <message>
        <source>Additional records</source>
        <translation>추가 레코드</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>TTL (유효 시간)</translation>
    </message>
    <message>
        <source>Data length</source>
        <translation>데이터 길이</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source> (broadcast)</source>
        <translation> (브로드캐스트)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Over TCP each DNS message is preceded by its length</source>
        <translation>TCP에서는 DNS 메시지마다 앞에 길이가 붙습니다</translation>
    </message>
    <message>
        <source>DNS message refused: %1 (%2 at byte %3)</source>
        <translation>DNS 메시지 거부: %1 (%2, 바이트 %3)</translation>
    </message>
    <message>
        <source>%1 header does not parse (%2)</source>
        <translation>%1 헤더를 해석할 수 없습니다 (%2)</translation>
    </message>
</context>
<context>
    <name>DnsSummary</name>
    <message>
        <source>Format error</source>
        <translation>Format error</translation>
    </message>
    <message>
        <source>Server failure</source>
        <translation>Server failure</translation>
    </message>
    <message>
        <source>No such name</source>
        <translation>No such name</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Not implemented</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Unknown error (%1)</source>
        <translation>Unknown error (%1)</translation>
    </message>
    <message>
        <source>DNS (malformed): %1</source>
        <translation>DNS (형식 오류): %1</translation>
    </message>
    <message>
        <source>Standard query response %1</source>
        <translation>Standard query response %1</translation>
    </message>
    <message>
        <source>Standard query %1</source>
        <translation>Standard query %1</translation>
    </message>
    <message>
        <source>DNS opcode %1 %2</source>
        <translation>DNS opcode %1 %2</translation>
    </message>
</context>
<context>
    <name>DnsWalk</name>
    <message>
        <source>The run has no DNS lookup: nothing to draw for --view dns.</source>
        <translation>이 실행에는 DNS 조회가 없습니다: --view dns로 그릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>--query %1: the run has %2 DNS lookups; use 1 to %2.</source>
        <translation>--query %1: 이 실행의 DNS 조회는 %2개입니다. 1에서 %2 사이로 주세요.</translation>
    </message>
    <message>
        <source>DNS walkthrough: %1 (%2)</source>
        <translation>DNS 조회 과정: %1 (%2)</translation>
    </message>
    <message>
        <source>negative hit</source>
        <translation>부정 응답 적중</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>적중</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>DNS lookup of %1 (%2) on %3</source>
        <translation>%3의 DNS 조회: %1 (%2)</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>아직 응답 없음</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <source>Short path: answered from %1, so no server further along was asked.</source>
        <translation>지름길: %1에서 답을 찾았으므로 그 너머의 서버에는 묻지 않았습니다.</translation>
    </message>
    <message>
        <source>recursive query (RD=1)</source>
        <translation>재귀 질의 (RD=1)</translation>
    </message>
    <message>
        <source>iterative query (RD=0)</source>
        <translation>반복 질의 (RD=0)</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>위임(참조)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>no such name / failure</source>
        <translation>없는 이름 / 실패</translation>
    </message>
    <message>
        <source>No step recorded for this lookup.</source>
        <translation>이 조회에는 기록된 단계가 없습니다.</translation>
    </message>
    <message>
        <source>Recursive or iterative?</source>
        <translation>재귀 질의일까, 반복 질의일까?</translation>
    </message>
    <message>
        <source>application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>stub resolver</source>
        <translation>스텁 리졸버</translation>
    </message>
    <message>
        <source>router forwarding</source>
        <translation>공유기 DNS 포워딩</translation>
    </message>
    <message>
        <source>cache DNS server</source>
        <translation>캐시 DNS 서버</translation>
    </message>
    <message>
        <source>root</source>
        <translation>루트</translation>
    </message>
    <message>
        <source>TLD</source>
        <translation>최상위(TLD)</translation>
    </message>
    <message>
        <source>authoritative</source>
        <translation>권한 있는 서버</translation>
    </message>
    <message>
        <source>The notes call this walk down the hierarchy a &quot;recursive query&quot;. It is iterative: the cache DNS server asks each server with RD=0 and gets a referral (the next servers&apos; NS and glue) or the answer. Only the host&apos;s question to the cache DNS server is recursive (RD=1: &quot;find the answer for me&quot;).</source>
        <translation>강의 노트는 계층을 따라 내려가는 이 과정을 &quot;재귀 질의&quot;라고 부르지만, 실제로는 반복 질의입니다: 캐시 DNS 서버가 각 서버에 RD=0으로 묻고, 위임(참조: 다음 서버들의 NS와 글루) 또는 응답을 받습니다. 재귀 질의는 호스트가 캐시 DNS 서버에 묻는 질의뿐입니다 (RD=1: &quot;답을 대신 찾아 주세요&quot;).</translation>
    </message>
    <message>
        <source>stub cache</source>
        <translation>스텁 캐시</translation>
    </message>
    <message>
        <source>hosts file</source>
        <translation>hosts 파일</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>캐시</translation>
    </message>
    <message>
        <source>zone data</source>
        <translation>영역 데이터</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>additional</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>authoritative answer</source>
        <translation>권한 있는 응답</translation>
    </message>
    <message>
        <source>referral: ask the servers of %1</source>
        <translation>위임(참조): %1 담당 서버에 질의</translation>
    </message>
    <message>
        <source>no such name (NXDOMAIN)</source>
        <translation>없는 이름 (NXDOMAIN)</translation>
    </message>
    <message>
        <source>no record of that type (NODATA)</source>
        <translation>그 타입의 레코드 없음 (NODATA)</translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation>서버 실패 (SERVFAIL)</translation>
    </message>
    <message>
        <source>refused (REFUSED)</source>
        <translation>거부 (REFUSED)</translation>
    </message>
    <message>
        <source>TC=1: truncated, ask again over TCP</source>
        <translation>TC=1: 잘림, TCP로 다시 질의</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>no answer (timed out)</source>
        <translation>응답 없음 (시간 초과)</translation>
    </message>
    <message>
        <source>asks the stub resolver for %1 %2</source>
        <translation>스텁 리졸버에 %1 %2 요청</translation>
    </message>
    <message>
        <source>hit: a cached &quot;no such name&quot;, TTL left %1 s</source>
        <translation>적중: 캐시된 &quot;없는 이름&quot;, 남은 TTL %1초</translation>
    </message>
    <message>
        <source>hit, TTL left %1 s</source>
        <translation>적중, 남은 TTL %1초</translation>
    </message>
    <message>
        <source>recursive query (RD=1): %1 %2?</source>
        <translation>재귀 질의 (RD=1): %1 %2?</translation>
    </message>
    <message>
        <source>iterative query (RD=0): %1 %2?</source>
        <translation>반복 질의 (RD=0): %1 %2?</translation>
    </message>
    <message>
        <source>, over TCP</source>
        <translation>, TCP로</translation>
    </message>
    <message>
        <source>, try %1</source>
        <translation>, %1번째 시도</translation>
    </message>
    <message>
        <source>to %1, transaction ID 0x%2, port %3</source>
        <translation>대상 %1, 트랜잭션 ID 0x%2, 포트 %3</translation>
    </message>
    <message>
        <source>the application gets %1</source>
        <translation>애플리케이션이 받음: %1</translation>
    </message>
    <message>
        <source> from the %1</source>
        <translation> (%1에서)</translation>
    </message>
    <message>
        <source>canonical name: %1</source>
        <translation>정식 이름: %1</translation>
    </message>
    <message>
        <source>the lookup took %1 ms</source>
        <translation>조회에 걸린 시간: %1 ms</translation>
    </message>
    <message>
        <source>cached on %1: %2 %3 does not exist (%4), TTL %5 s</source>
        <translation>%1에 캐시됨: %2 %3 없음 (%4), TTL %5초</translation>
    </message>
    <message>
        <source>cached on %1: %2 %3 %4, TTL %5 s</source>
        <translation>%1에 캐시됨: %2 %3 %4, TTL %5초</translation>
    </message>
    <message>
        <source>the stub cache on %1</source>
        <translation>%1의 스텁 캐시</translation>
    </message>
    <message>
        <source>the hosts file on %1</source>
        <translation>%1의 hosts 파일</translation>
    </message>
    <message>
        <source>the cache of %1</source>
        <translation>%1의 캐시</translation>
    </message>
    <message>
        <source>the zone data of %1</source>
        <translation>%1의 영역 데이터</translation>
    </message>
</context>
<context>
    <name>DnsWire</name>
    <message>
        <source>rdlength is not 4, the size of an A record&apos;s address</source>
        <translation>rdlength가 A 레코드 주소의 크기인 4가 아님</translation>
    </message>
    <message>
        <source>rdlength does not end where the name ends</source>
        <translation>rdlength가 끝나는 곳과 이름이 끝나는 곳이 다름</translation>
    </message>
    <message>
        <source>rdlength is not the two SOA names plus 20 bytes</source>
        <translation>rdlength가 SOA 이름 두 개에 20바이트를 더한 길이가 아님</translation>
    </message>
    <message>
        <source>rdlength too short for an MX preference and name</source>
        <translation>rdlength가 MX 우선순위와 이름을 담기에 너무 짧음</translation>
    </message>
    <message>
        <source>rdlength does not end where the MX name ends</source>
        <translation>rdlength가 끝나는 곳과 MX 이름이 끝나는 곳이 다름</translation>
    </message>
    <message>
        <source>message shorter than the 12-byte header</source>
        <translation>메시지가 12바이트 헤더보다 짧음</translation>
    </message>
    <message>
        <source>the counts claim more entries than the message can hold</source>
        <translation>개수 필드의 항목 수가 메시지에 담길 수 있는 수보다 많음</translation>
    </message>
    <message>
        <source>question type and class cut short</source>
        <translation>질의의 타입과 클래스가 잘림</translation>
    </message>
    <message>
        <source>record type, class, TTL and rdlength cut short</source>
        <translation>레코드의 타입, 클래스, TTL, rdlength가 잘림</translation>
    </message>
    <message>
        <source>rdlength runs past the end of the message</source>
        <translation>rdlength가 메시지 끝을 넘어감</translation>
    </message>
    <message>
        <source>bytes after the last record</source>
        <translation>마지막 레코드 뒤에 바이트가 남음</translation>
    </message>
    <message>
        <source>more than 65535 entries</source>
        <translation>항목이 65535개를 넘음</translation>
    </message>
    <message>
        <source>opcode, Z or RCODE out of range</source>
        <translation>opcode, Z 또는 RCODE가 범위를 벗어남</translation>
    </message>
    <message>
        <source>not a valid domain name</source>
        <translation>올바른 도메인 이름이 아님</translation>
    </message>
    <message>
        <source>data does not fit the record type, or a name in it is invalid</source>
        <translation>데이터가 레코드 타입에 맞지 않거나, 데이터 안의 이름이 올바르지 않음</translation>
    </message>
    <message>
        <source>data longer than 65535 bytes</source>
        <translation>데이터가 65535바이트보다 김</translation>
    </message>
    <message>
        <source>a message over TCP is at most 65535 bytes</source>
        <translation>TCP로 보내는 메시지는 65535바이트를 넘을 수 없음</translation>
    </message>
    <message>
        <source>the 2-byte length prefix is cut short</source>
        <translation>2바이트 길이 접두사가 잘림</translation>
    </message>
    <message>
        <source>the stream holds less than the length prefix announces</source>
        <translation>스트림에 남은 바이트가 길이 접두사가 알린 것보다 적음</translation>
    </message>
    <message>
        <source>empty label or label over 63 octets</source>
        <translation>빈 레이블이거나 63바이트를 넘는 레이블</translation>
    </message>
    <message>
        <source>escape at the end of the name</source>
        <translation>이름 끝에 이스케이프 문자가 있음</translation>
    </message>
    <message>
        <source>\DDD needs three digits</source>
        <translation>\DDD에는 숫자 세 자리가 필요함</translation>
    </message>
    <message>
        <source>\DDD above 255</source>
        <translation>\DDD가 255보다 큼</translation>
    </message>
    <message>
        <source>label over 63 octets</source>
        <translation>레이블이 63바이트를 넘음</translation>
    </message>
    <message>
        <source>name over 255 octets in wire form</source>
        <translation>이름이 전송 형식으로 255바이트를 넘음</translation>
    </message>
    <message>
        <source>name runs past the message</source>
        <translation>이름이 메시지 끝을 넘어감</translation>
    </message>
    <message>
        <source>name runs past its rdlength</source>
        <translation>이름이 rdlength를 넘어감</translation>
    </message>
    <message>
        <source>label runs past the message</source>
        <translation>레이블이 메시지 끝을 넘어감</translation>
    </message>
    <message>
        <source>label runs past its rdlength</source>
        <translation>레이블이 rdlength를 넘어감</translation>
    </message>
    <message>
        <source>name over 255 octets</source>
        <translation>이름이 255바이트를 넘음</translation>
    </message>
    <message>
        <source>compression pointer cut short</source>
        <translation>압축 포인터가 잘림</translation>
    </message>
    <message>
        <source>compression pointer loops back into the name being read</source>
        <translation>압축 포인터가 지금 읽는 이름 안으로 되돌아가 루프가 생김</translation>
    </message>
    <message>
        <source>compression pointer does not point backwards</source>
        <translation>압축 포인터가 앞쪽(이미 읽은 위치)을 가리키지 않음</translation>
    </message>
    <message>
        <source>more than 127 compression pointers in one name</source>
        <translation>이름 하나에 압축 포인터가 127개를 넘음</translation>
    </message>
    <message>
        <source>label length over 63: label types 0x40 and 0x80 are reserved</source>
        <translation>레이블 길이가 63을 넘음: 레이블 타입 0x40과 0x80은 예약됨</translation>
    </message>
</context>
<context>
    <name>DnsWords</name>
    <message>
        <source>stub resolver</source>
        <translation>스텁 리졸버</translation>
    </message>
    <message>
        <source>cache DNS server</source>
        <translation>캐시 DNS 서버</translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation>포워더</translation>
    </message>
    <message>
        <source>authoritative server</source>
        <translation>권한 있는 서버</translation>
    </message>
    <message>
        <source>the stub cache</source>
        <translation>스텁 캐시</translation>
    </message>
    <message>
        <source>the hosts file</source>
        <translation>hosts 파일</translation>
    </message>
    <message>
        <source>the resolver&apos;s cache</source>
        <translation>캐시 DNS 서버의 캐시</translation>
    </message>
    <message>
        <source>the forwarder&apos;s cache</source>
        <translation>포워더의 캐시</translation>
    </message>
    <message>
        <source>its zone data</source>
        <translation>영역 데이터</translation>
    </message>
    <message>
        <source>a DNS server</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>위임(참조)</translation>
    </message>
    <message>
        <source>no such name (NXDOMAIN)</source>
        <translation>없는 이름 (NXDOMAIN)</translation>
    </message>
    <message>
        <source>no record of that type (NODATA)</source>
        <translation>해당 타입의 레코드 없음 (NODATA)</translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation>서버 실패 (SERVFAIL)</translation>
    </message>
    <message>
        <source>refused (REFUSED)</source>
        <translation>거부됨 (REFUSED)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>added (negative)</source>
        <translation>추가 (부정 응답)</translation>
    </message>
    <message>
        <source>expired (negative)</source>
        <translation>만료 (부정 응답)</translation>
    </message>
    <message>
        <source>no answer (timed out)</source>
        <translation>응답 없음 (시간 초과)</translation>
    </message>
</context>
<context>
    <name>EditDeviceCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
</context>
<context>
    <name>EditLinkCommand</name>
    <message>
        <source>Edit link %1</source>
        <translation>링크 %1 편집</translation>
    </message>
</context>
<context>
    <name>EncapsulationPicture</name>
    <message>
        <source>--event: no device sent a PDU in this run</source>
        <translation>--event: 이 실행에서는 어떤 장비도 PDU를 보내지 않았습니다</translation>
    </message>
    <message>
        <source>--event: &apos;%1&apos; is out of range: this run has events 0 to %2</source>
        <translation>--event: &apos;%1&apos;은(는) 범위 밖입니다: 이 실행의 이벤트는 0부터 %2까지</translation>
    </message>
    <message>
        <source>--event: event %1 (%2) carries no PDU; pick a frame, packet or segment event such as frame_tx_start or header_pushed</source>
        <translation>--event: 이벤트 %1(%2)에는 PDU가 없습니다. frame_tx_start나 header_pushed 같은 프레임, 패킷, 세그먼트 이벤트를 고르세요</translation>
    </message>
    <message>
        <source>--event: %1</source>
        <translation>--event: %1</translation>
    </message>
    <message>
        <source>Encapsulation of event %1</source>
        <translation>이벤트 %1의 캡슐화</translation>
    </message>
    <message>
        <source>event %1: %2 from %3</source>
        <translation>이벤트 %1: %3에서 보낸 %2</translation>
    </message>
</context>
<context>
    <name>EncapsulationStory</name>
    <message>
        <source>event %1: its PDU never travels in a frame</source>
        <translation>이벤트 %1: 이 PDU는 프레임에 담겨 전송되지 않았습니다</translation>
    </message>
    <message>
        <source>event %1 carries no PDU</source>
        <translation>이벤트 %1에는 PDU가 없습니다</translation>
    </message>
</context>
<context>
    <name>EventColumns</name>
    <message>
        <source>Layer column</source>
        <translation>계층 열</translation>
    </message>
    <message>
        <source>Fit columns to the table</source>
        <translation>열 너비를 표에 맞추기</translation>
    </message>
</context>
<context>
    <name>EventDescriber</name>
    <message>
        <source>MAC table: port %1</source>
        <translation>MAC 테이블: 포트 %1</translation>
    </message>
    <message>
        <source>flood</source>
        <translation>플러딩</translation>
    </message>
    <message>
        <source>filter (same port)</source>
        <translation>필터링 (같은 포트)</translation>
    </message>
    <message>
        <source>%1 via %2, TTL %3→%4</source>
        <translation>%1, %2 경유, TTL %3→%4</translation>
    </message>
    <message>
        <source>%1 built (%2 bytes)</source>
        <translation>%1 생성 (%2바이트)</translation>
    </message>
    <message>
        <source>%1 header added: %2 (%3 bytes)</source>
        <translation>%1 헤더 추가: %2 (%3바이트)</translation>
    </message>
    <message>
        <source>%1 header removed (%2 bytes)</source>
        <translation>%1 헤더 제거 (%2바이트)</translation>
    </message>
    <message>
        <source>Frame %1: last bit sent</source>
        <translation>프레임 %1: 마지막 비트 송신</translation>
    </message>
    <message>
        <source>Frame %1 arrived on %2, corrupted</source>
        <translation>프레임 %1: %2에 도착 (손상됨)</translation>
    </message>
    <message>
        <source>Frame %1 arrived on %2</source>
        <translation>프레임 %1: %2에 도착</translation>
    </message>
    <message>
        <source>Check %1 passed</source>
        <translation>%1 검사 통과</translation>
    </message>
    <message>
        <source>Check %1 failed</source>
        <translation>%1 검사 실패</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>%1: MAC table %2 %3 on %4</source>
        <translation>%1: MAC 테이블 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1: route %2</source>
        <translation>%1: 경로 %2</translation>
    </message>
    <message>
        <source>%1: new frame %2%3%4 (was %5%6%7)</source>
        <translation>%1: 새 프레임 %2%3%4 (이전 %5%6%7)</translation>
    </message>
    <message>
        <source>Fragmented into %1 for MTU %2</source>
        <translation>MTU %2에 맞춰 %1개로 단편화</translation>
    </message>
    <message>
        <source>Fragment held: offset %1, %2 bytes</source>
        <translation>프래그먼트 보관: 오프셋 %1, %2바이트</translation>
    </message>
    <message>
        <source>Reassembled from %1 fragments</source>
        <translation>프래그먼트 %1개를 재조립</translation>
    </message>
    <message>
        <source>%1: ARP cache %2 %3 is at %4</source>
        <translation>%1: ARP 캐시 %2: %3의 MAC은 %4</translation>
    </message>
    <message>
        <source>%1: ARP for %2 %3 (attempt %4, %5 waiting)</source>
        <translation>%1: %2에 대한 ARP %3 (시도 %4, 대기 중 %5개)</translation>
    </message>
    <message>
        <source>Delivered to %1 (%2 bytes)</source>
        <translation>%1에 전달 (%2바이트)</translation>
    </message>
    <message>
        <source>ICMP error from %1 (type %2 code %3) about %4</source>
        <translation>%1에서 ICMP 오류 (타입 %2 코드 %3, %4 관련)</translation>
    </message>
    <message>
        <source>%1: %2 %3 (#%4)</source>
        <translation>%1: %2 %3 (#%4)</translation>
    </message>
    <message>
        <source>Drop: %1</source>
        <translation>폐기: %1</translation>
    </message>
    <message>
        <source>TCP %1:%2%3%4:%5 %6%7%8</source>
        <translation>TCP %1:%2%3%4:%5 %6%7%8</translation>
    </message>
    <message>
        <source>TCP RTT %1 ms, RTO %2 ms</source>
        <translation>TCP RTT %1 ms, RTO %2 ms</translation>
    </message>
    <message>
        <source>TCP cwnd %1 ssthresh %2 (%3)</source>
        <translation>TCP cwnd %1 ssthresh %2 (%3)</translation>
    </message>
    <message>
        <source>TCP retransmission (%1), %2 bytes</source>
        <translation>TCP 재전송 (%1), %2바이트</translation>
    </message>
    <message>
        <source>%1: %2 sent</source>
        <translation>%1: %2 송신</translation>
    </message>
    <message>
        <source>%1: %2 received</source>
        <translation>%1: %2 수신</translation>
    </message>
    <message>
        <source>%1: lease of %2 to %3 for %4 s</source>
        <translation>%1: %3에 %2 임대 (%4 s)</translation>
    </message>
    <message>
        <source>%1: %2 is %3/%4, gateway %5, DNS %6</source>
        <translation>%1: %2 주소 %3/%4, 게이트웨이 %5, DNS %6</translation>
    </message>
    <message>
        <source>NAT: %1 %2:%3 ↔ %4:%5 created</source>
        <translation>NAT: %1 %2:%3 ↔ %4:%5 생성</translation>
    </message>
    <message>
        <source>NAT: %1 %2:%3 ↔ %4:%5 removed</source>
        <translation>NAT: %1 %2:%3 ↔ %4:%5 제거</translation>
    </message>
    <message>
        <source>TCP RTO backed off to %1 ms (timer expired)</source>
        <translation>TCP RTO가 %1 ms로 늘어남 (타이머 만료)</translation>
    </message>
    <message>
        <source>TCP RTO reset to %1 ms after a resent SYN (RFC 6298)</source>
        <translation>SYN 재전송 뒤 TCP RTO를 %1 ms로 다시 설정 (RFC 6298)</translation>
    </message>
    <message>
        <source>%1: DNS lookup %2 started (%3)</source>
        <translation>%1: DNS 조회 %2 시작 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 looked up in %3: hit</source>
        <translation>%1: %3에서 %2 조회: 적중</translation>
    </message>
    <message>
        <source>%1: %2 looked up in %3: miss</source>
        <translation>%1: %3에서 %2 조회: 없음</translation>
    </message>
    <message>
        <source>%1: DNS query %2 to %3 (recursive)</source>
        <translation>%1: %3에 DNS 질의 %2 (재귀)</translation>
    </message>
    <message>
        <source>%1: DNS query %2 to %3 (iterative)</source>
        <translation>%1: %3에 DNS 질의 %2 (반복)</translation>
    </message>
    <message>
        <source>%1: DNS query %2 from %3</source>
        <translation>%1: %3에서 온 DNS 질의 %2</translation>
    </message>
    <message>
        <source>%1: DNS response %2 (%3) to %4</source>
        <translation>%1: %4에 DNS 응답 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: DNS response %2 (%3) from %4</source>
        <translation>%1: %4에서 온 DNS 응답 %2 (%3)</translation>
    </message>
    <message>
        <source>%1: DNS cache %2 %3 %4 (TTL %5)</source>
        <translation>%1: DNS 캐시 %2 %3 %4 (TTL %5)</translation>
    </message>
    <message>
        <source>%1: DNS lookup %2: %3 %4</source>
        <translation>%1: DNS 조회 %2: %3 %4</translation>
    </message>
    <message>
        <source>%1: DNS lookup of %2 (#%3)</source>
        <translation>%1: %2 DNS 조회 (#%3)</translation>
    </message>
    <message>
        <source>%1: DNS lookup of %2 via %3 (#%4)</source>
        <translation>%1: %3을(를) 통한 %2 DNS 조회 (#%4)</translation>
    </message>
    <message>
        <source>%1: traceroute probe %2 of hop %3 to %4</source>
        <translation>%1: %4(으)로 가는 traceroute %3번째 홉의 탐색 패킷 %2</translation>
    </message>
    <message>
        <source>%1: traceroute hop %2 probe %3 answered by %4 in %5 ms</source>
        <translation>%1: traceroute %2번째 홉 탐색 패킷 %3에 %4이(가) %5 ms 만에 응답</translation>
    </message>
    <message>
        <source>%1: traceroute hop %2 probe %3: no answer (*)</source>
        <translation>%1: traceroute %2번째 홉 탐색 패킷 %3: 응답 없음 (*)</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>an address with prefix length is needed, e.g. 10.0.1.10/24</source>
        <translation>프리픽스 길이가 있는 주소가 필요합니다. 예: 10.0.1.10/24</translation>
    </message>
    <message>
        <source>an IPv4 address is needed, e.g. 10.0.1.1</source>
        <translation>IPv4 주소가 필요합니다. 예: 10.0.1.1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos;은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3</source>
        <translation>%1은(는) 범위 %2-%3을 벗어났습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos;은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>one of A, NS, CNAME, MX, PTR, SOA</source>
        <translation>A, NS, CNAME, MX, PTR, SOA 중 하나</translation>
    </message>
    <message>
        <source>one of A, NS, CNAME, PTR, MX (the SOA is in the zone&apos;s row)</source>
        <translation>A, NS, CNAME, PTR, MX 중 하나 (SOA는 영역의 행에 있습니다)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 중 하나</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Cannot open lab</source>
        <translation>실습을 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>%1을(를) 열 수 없습니다:

%2</translation>
    </message>
</context>
<context>
    <name>HeaderDiagram</name>
    <message>
        <source>Ethernet II header (IEEE 802.3)</source>
        <translation>이더넷 II 헤더 (IEEE 802.3)</translation>
    </message>
    <message>
        <source>ARP packet (RFC 826)</source>
        <translation>ARP 패킷 (RFC 826)</translation>
    </message>
    <message>
        <source>IPv4 header (RFC 791)</source>
        <translation>IPv4 헤더 (RFC 791)</translation>
    </message>
    <message>
        <source>ICMP header (RFC 792)</source>
        <translation>ICMP 헤더 (RFC 792)</translation>
    </message>
    <message>
        <source>UDP header (RFC 768)</source>
        <translation>UDP 헤더 (RFC 768)</translation>
    </message>
    <message>
        <source>TCP header (RFC 9293)</source>
        <translation>TCP 헤더 (RFC 9293)</translation>
    </message>
    <message>
        <source>TOS is today DSCP (6 bits) + ECN (2 bits), RFC 2474 and 3168; &quot;0 to 15&quot; was the old 4-bit TOS of RFC 1349.</source>
        <translation>TOS는 오늘날 DSCP(6비트) + ECN(2비트)입니다 (RFC 2474, 3168). &quot;0~15&quot;는 RFC 1349의 옛 4비트 TOS였습니다.</translation>
    </message>
    <message>
        <source>The full header also has total length, flags, fragment offset, header checksum and options: all drawn here.</source>
        <translation>실제 헤더에는 전체 길이, 플래그, 프래그먼트 오프셋, 헤더 체크섬, 옵션도 있으며, 여기에 모두 그렸습니다.</translation>
    </message>
    <message>
        <source>MTU is a property of the link (Ethernet: 1500 bytes), not of the packet: total length must fit it, or the packet is fragmented.</source>
        <translation>MTU는 패킷이 아니라 링크의 속성입니다 (이더넷: 1500바이트). 전체 길이가 이를 넘으면 패킷은 단편화됩니다.</translation>
    </message>
    <message>
        <source>A router reads the Ethernet header too; it differs from a switch by also reading and changing this header (TTL, checksum).</source>
        <translation>라우터도 이더넷 헤더를 읽습니다. 스위치와 다른 점은 이 헤더까지 읽고 바꾼다는 것입니다 (TTL, 체크섬).</translation>
    </message>
    <message>
        <source>The FCS trailer (4 bytes) follows the payload; the receiver drops the frame when it does not match.</source>
        <translation>FCS 트레일러(4바이트)는 페이로드 뒤에 붙습니다. 수신 측은 값이 맞지 않으면 프레임을 폐기합니다.</translation>
    </message>
    <message>
        <source>MSS 1460 + TCP header 20 + IP header 20 = 1500, Ethernet&apos;s MTU.</source>
        <translation>MSS 1460 + TCP 헤더 20 + IP 헤더 20 = 1500, 이더넷의 MTU.</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2바이트</translation>
    </message>
    <message>
        <source>Careful: where the notes are loose</source>
        <translation>흔한 오해</translation>
    </message>
    <message>
        <source>DHCP message (RFC 2131)</source>
        <translation>DHCP 메시지 (RFC 2131)</translation>
    </message>
    <message>
        <source>DNS message header (RFC 1035)</source>
        <translation>DNS 메시지 헤더 (RFC 1035)</translation>
    </message>
</context>
<context>
    <name>LabBrowser</name>
    <message>
        <source>Other labs</source>
        <translation>기타 실습</translation>
    </message>
</context>
<context>
    <name>LabCatalog</name>
    <message>
        <source>Layers and encapsulation</source>
        <translation>계층과 캡슐화</translation>
    </message>
    <message>
        <source>IP addressing and subnets</source>
        <translation>IP 주소와 서브넷</translation>
    </message>
    <message>
        <source>ARP</source>
        <translation>ARP</translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation>ICMP</translation>
    </message>
    <message>
        <source>Unicast, broadcast, multicast</source>
        <translation>유니캐스트, 브로드캐스트, 멀티캐스트</translation>
    </message>
    <message>
        <source>Private addresses and NAT</source>
        <translation>사설 IP 주소와 NAT</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>TCP: handshake, data, close</source>
        <translation>TCP: 3-way 핸드셰이크, 데이터, 종료</translation>
    </message>
    <message>
        <source>Retransmission and flow control</source>
        <translation>재전송과 흐름 제어</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
</context>
<context>
    <name>LabEdits</name>
    <message>
        <source>a device needs a name</source>
        <translation>장비에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>a name has no &apos;:&apos; (links write DEVICE:INTERFACE) and no spaces around it</source>
        <translation>이름에는 &apos;:&apos;을 쓸 수 없고(링크는 장비:인터페이스로 씁니다) 앞뒤에 공백도 둘 수 없습니다</translation>
    </message>
    <message>
        <source>a device named &apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos;이라는 장비가 이미 있습니다</translation>
    </message>
</context>
<context>
    <name>LabLoader</name>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>수</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>an IPv4 address is required, e.g. 10.0.1.10</source>
        <translation>IPv4 주소가 필요합니다. 예: 10.0.1.10</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: it needs four numbers 0-255 separated by dots, e.g. 10.0.1.10</source>
        <translation>&apos;%1&apos;은(는) IPv4 주소가 아닙니다: 0-255 사이의 수 네 개를 점으로 구분해야 합니다. 예: 10.0.1.10</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: &apos;%2&apos; is not a number from 0 to 255</source>
        <translation>&apos;%1&apos;은(는) IPv4 주소가 아닙니다: &apos;%2&apos;은(는) 0에서 255 사이의 수가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write &apos;%2&apos; without a leading zero (each number is 0-255)</source>
        <translation>&apos;%1&apos;: &apos;%2&apos;을(를) 앞의 0 없이 쓰세요 (각 수는 0-255)</translation>
    </message>
    <message>
        <source>%1 is greater than 255: each of the four numbers is 0-255</source>
        <translation>%1은(는) 255보다 큽니다: 네 개의 수는 각각 0-255입니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a prefix length after a slash, e.g. 10.0.1.10/24</source>
        <translation>&apos;%1&apos;에는 슬래시 뒤에 프리픽스 길이가 필요합니다. 예: 10.0.1.10/24</translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; is not a number from 0 to 32</source>
        <translation>프리픽스 길이 &apos;%1&apos;은(는) 0에서 32 사이의 수가 아닙니다</translation>
    </message>
    <message>
        <source>prefix length %1 is out of range 0-32</source>
        <translation>프리픽스 길이 %1은(는) 범위 0-32를 벗어났습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address: six two-digit hex numbers separated by colons, e.g. 02:00:00:00:01:0a</source>
        <translation>&apos;%1&apos;은(는) MAC 주소가 아닙니다: 두 자리 16진수 여섯 개를 콜론으로 구분합니다. 예: 02:00:00:00:01:0a</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1이(가) 필요한데 %2입니다</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; allowed here: %2</source>
        <translation>알 수 없는 키 &apos;%1&apos;; 여기서 쓸 수 있는 키: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <source>%1 is out of range %2 to %3</source>
        <translation>%1은(는) 범위 %2 ~ %3을 벗어났습니다</translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3</source>
        <translation>%1은(는) 범위 %2-%3을 벗어났습니다</translation>
    </message>
    <message>
        <source>unknown device type &apos;%1&apos;; use host, switch, router or l3switch</source>
        <translation>알 수 없는 장비 종류 &apos;%1&apos;; host, switch, router, l3switch 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>expected [x, y], two numbers</source>
        <translation>[x, y] 두 수가 필요합니다</translation>
    </message>
    <message>
        <source>expected a string like &quot;239.1.1.1&quot;</source>
        <translation>&quot;239.1.1.1&quot; 같은 문자열이 필요합니다</translation>
    </message>
    <message>
        <source>%1 is not a multicast group (224.0.0.0-239.255.255.255)</source>
        <translation>%1은(는) 멀티캐스트 그룹이 아닙니다 (224.0.0.0-239.255.255.255)</translation>
    </message>
    <message>
        <source>a port is a whole number from 1 to 65535</source>
        <translation>포트는 1에서 65535 사이의 정수입니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be DEVICE:INTERFACE, e.g. &quot;PC1:eth0&quot;</source>
        <translation>&apos;%1&apos;은(는) 장비:인터페이스 형식이어야 합니다. 예: &quot;PC1:eth0&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>%1번째 문자에서 올바른 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>a lab file is one JSON object, {...}</source>
        <translation>실습 파일은 JSON 객체 하나 {...} 입니다</translation>
    </message>
    <message>
        <source>not a Wirewalk lab file: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>Wirewalk 실습 파일이 아닙니다: &quot;format&quot;은 &quot;%1&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>this file was written by a newer Wirewalk (format version %1); this version reads up to %2</source>
        <translation>더 새로운 Wirewalk가 쓴 파일입니다 (형식 버전 %1); 이 버전은 %2까지 읽습니다</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>there is no built-in lab &apos;%1&apos;; built-in labs: %2</source>
        <translation>내장 실습 &apos;%1&apos;이(가) 없습니다; 내장 실습: %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>a device named &apos;%1&apos; already exists (%2)</source>
        <translation>&apos;%1&apos;이라는 장비가 이미 있습니다 (%2)</translation>
    </message>
    <message>
        <source>VLAN %1 is declared twice</source>
        <translation>VLAN %1이(가) 두 번 선언되었습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has an interface named &apos;%2&apos;</source>
        <translation>&apos;%1&apos;에는 이미 &apos;%2&apos;라는 인터페이스가 있습니다</translation>
    </message>
    <message>
        <source>an L2 switch port has no IP address</source>
        <translation>L2 스위치 포트에는 IP 주소가 없습니다</translation>
    </message>
    <message>
        <source>L3 switch ports have no address; give the VLAN one in &quot;vlans&quot;</source>
        <translation>L3 스위치 포트에는 주소가 없습니다; &quot;vlans&quot;에서 VLAN에 주소를 주세요</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; needs a VLAN declared in &quot;vlans&quot; (got %2)</source>
        <translation>포트 &apos;%1&apos;은(는) &quot;vlans&quot;에 선언된 VLAN이 필요합니다 (받은 값 %2)</translation>
    </message>
    <message>
        <source>only L3 switch ports belong to VLANs</source>
        <translation>VLAN에 속하는 것은 L3 스위치 포트뿐입니다</translation>
    </message>
    <message>
        <source>gateway %1 is not on any network of &apos;%2&apos;; it must be on-link</source>
        <translation>게이트웨이 %1은(는) &apos;%2&apos;의 어느 네트워크에도 없습니다; 같은 링크에 있어야 합니다</translation>
    </message>
    <message>
        <source>%1 has host bits set; the network is %2/%3</source>
        <translation>%1에 호스트 비트가 켜져 있습니다; 네트워크 주소는 %2/%3입니다</translation>
    </message>
    <message>
        <source>next hop %1 is not on any network of &apos;%2&apos;</source>
        <translation>다음 홉 %1은(는) &apos;%2&apos;의 어느 네트워크에도 없습니다</translation>
    </message>
    <message>
        <source>%1 is the %2 address of %3/%4; pick a host address</source>
        <translation>%1은(는) %3/%4의 %2 주소입니다; 호스트 주소를 고르세요</translation>
    </message>
    <message>
        <source>network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>브로드캐스트</translation>
    </message>
    <message>
        <source>%1 cannot be an interface address</source>
        <translation>%1은(는) 인터페이스 주소가 될 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1은(는) 이미 %2에서 사용 중입니다</translation>
    </message>
    <message>
        <source>a link named &apos;%1&apos; already exists (links[%2])</source>
        <translation>&apos;%1&apos;이라는 링크가 이미 있습니다 (links[%2])</translation>
    </message>
    <message>
        <source>a link cannot connect an interface to itself</source>
        <translation>링크는 인터페이스를 자기 자신과 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>there is no device &apos;%1&apos;</source>
        <translation>&apos;%1&apos;이라는 장비가 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no interface &apos;%2&apos;</source>
        <translation>&apos;%1&apos;에는 &apos;%2&apos; 인터페이스가 없습니다</translation>
    </message>
    <message>
        <source>%1:%2 is already used by links[%3]; an interface takes one cable</source>
        <translation>%1:%2은(는) 이미 links[%3]에서 사용 중입니다; 인터페이스에는 케이블 하나만 꽂힙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an L2 switch; only hosts and routers send</source>
        <translation>&apos;%1&apos;은(는) L2 스위치입니다; 송신은 호스트와 라우터만 합니다</translation>
    </message>
    <message>
        <source>the frame to lose is a count from 1 (the Nth frame on the link)</source>
        <translation>잃어버릴 프레임은 1부터 세는 번호입니다 (링크의 N번째 프레임)</translation>
    </message>
    <message>
        <source>the outside interface needs an address: it becomes the global address</source>
        <translation>바깥쪽 인터페이스에는 주소가 필요합니다: 그 주소가 공인(글로벌) 주소가 됩니다</translation>
    </message>
    <message>
        <source>inside and outside must be different interfaces</source>
        <translation>안쪽과 바깥쪽은 서로 다른 인터페이스여야 합니다</translation>
    </message>
    <message>
        <source>expected [first, last], two addresses like [&quot;10.0.1.100&quot;, &quot;10.0.1.199&quot;]</source>
        <translation>[&quot;10.0.1.100&quot;, &quot;10.0.1.199&quot;] 같은 [first, last] 두 주소가 필요합니다</translation>
    </message>
    <message>
        <source>a DHCP client&apos;s first interface gets its address from the server: give it none</source>
        <translation>DHCP 클라이언트의 첫 인터페이스는 서버에서 주소를 받습니다: 주소를 주지 마세요</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no interface &apos;%2&apos; with an address</source>
        <translation>&apos;%1&apos;에는 주소가 있는 &apos;%2&apos; 인터페이스가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a host address of %2/%3, the network the server answers on</source>
        <translation>%1은(는) 서버가 응답하는 네트워크 %2/%3의 호스트 주소가 아닙니다</translation>
    </message>
    <message>
        <source>the pool&apos;s last address comes before its first</source>
        <translation>풀의 마지막 주소가 첫 주소보다 앞에 있습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed here; the order lists &quot;files&quot; (the hosts file) and &quot;dns&quot; (the DNS server), each at most once</source>
        <translation>&apos;%1&apos;은(는) 여기에 쓸 수 없습니다; order에는 &quot;files&quot;(hosts 파일)와 &quot;dns&quot;(DNS 서버)를 각각 한 번까지만 씁니다</translation>
    </message>
    <message>
        <source>the order is empty; give [&quot;files&quot;, &quot;dns&quot;] or a part of it</source>
        <translation>order가 비어 있습니다; [&quot;files&quot;, &quot;dns&quot;] 또는 그 일부를 주세요</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name: %2 (labels of 1-63 octets separated by dots, at most 255 octets in all)</source>
        <translation>&apos;%1&apos;은(는) 도메인 이름이 아닙니다: %2 (레이블은 1-63바이트이고 점으로 구분하며, 전체는 255바이트 이하)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>expected a string like &quot;10.0.2.53&quot;</source>
        <translation>&quot;10.0.2.53&quot; 같은 문자열이 필요합니다</translation>
    </message>
    <message>
        <source>%1 is not a unicast address; a DNS server has one</source>
        <translation>%1은(는) 유니캐스트 주소가 아닙니다; DNS 서버의 주소는 유니캐스트 주소입니다</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;; use A, NS, CNAME, MX, PTR or SOA</source>
        <translation>알 수 없는 레코드 타입 &apos;%1&apos;; A, NS, CNAME, MX, PTR, SOA 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>give &quot;to&quot; (an address) or &quot;name&quot; (resolved first), not both</source>
        <translation>&quot;to&quot;(주소)와 &quot;name&quot;(먼저 이름 해석) 중 하나만 주세요</translation>
    </message>
    <message>
        <source>scenario[%1] already opens this TCP connection (%2 port %3 to %4:%5); a host refuses the same addresses and ports twice (address already in use): choose another local_port or leave it out</source>
        <translation>scenario[%1]이(가) 이미 이 TCP 연결(%2의 포트 %3에서 %4:%5로)을 엽니다. 호스트는 같은 주소와 포트를 두 번 허용하지 않습니다(address already in use). 다른 local_port를 고르거나 빼세요</translation>
    </message>
    <message>
        <source>unknown record type &apos;%1&apos;; allowed: %2 (the SOA goes in &quot;soa&quot;)</source>
        <translation>알 수 없는 레코드 타입 &apos;%1&apos;. 쓸 수 있는 타입: %2 (SOA는 &quot;soa&quot;에 씁니다)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; allowed: authoritative, resolver, forwarder</source>
        <translation>알 수 없는 역할 &apos;%1&apos;; 쓸 수 있는 역할: authoritative, resolver, forwarder</translation>
    </message>
    <message>
        <source>expected a string like &quot;203.0.113.53&quot;</source>
        <translation>&quot;203.0.113.53&quot; 같은 문자열이 필요합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name: %2</source>
        <translation>&apos;%1&apos;은(는) 도메인 이름이 아닙니다: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be absolute, ending in a dot (&quot;naver.com.&quot;, &quot;.&quot; for the root)</source>
        <translation>&apos;%1&apos;은(는) 점으로 끝나는 절대 이름이어야 합니다 (&quot;naver.com.&quot;, 루트는 &quot;.&quot;)</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; is given twice on this server</source>
        <translation>영역 &apos;%1&apos;이(가) 이 서버에 두 번 있습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside zone &apos;%2&apos;</source>
        <translation>&apos;%1&apos;은(는) 영역 &apos;%2&apos; 밖에 있습니다</translation>
    </message>
    <message>
        <source>zone &apos;%1&apos; needs an NS record for its origin (name &quot;@&quot;)</source>
        <translation>영역 &apos;%1&apos;에는 origin(이름 &quot;@&quot;)의 NS 레코드가 필요합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;PREFERENCE NAME&quot; with a preference from 0 to 65535, like &quot;10 mail&quot;</source>
        <translation>&apos;%1&apos;은(는) &quot;PREFERENCE NAME&quot; 형식이 아닙니다 (우선순위는 0에서 65535, 예: &quot;10 mail&quot;)</translation>
    </message>
    <message>
        <source>an authoritative server needs at least one zone</source>
        <translation>권한 있는 서버에는 영역이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>a resolver needs at least one root hint (name and address of a root server)</source>
        <translation>캐시 DNS 서버(resolver)에는 루트 힌트(루트 서버의 이름과 주소)가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>a forwarder needs at least one upstream resolver address</source>
        <translation>포워더에는 상위 캐시 DNS 서버의 주소가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>only an authoritative server serves zones</source>
        <translation>영역을 제공하는 것은 권한 있는 서버뿐입니다</translation>
    </message>
    <message>
        <source>a string or an object {&quot;en&quot;: ..., &quot;ko&quot;: ...}</source>
        <translation>문자열 또는 {&quot;en&quot;: ..., &quot;ko&quot;: ...} 형태의 객체</translation>
    </message>
    <message>
        <source>unknown probe &apos;%1&apos;; use udp or icmp</source>
        <translation>알 수 없는 탐색 방식 &apos;%1&apos;; udp 또는 icmp를 쓰세요</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;; use ping, udp, tcp, http, dns or traceroute</source>
        <translation>알 수 없는 동작 &apos;%1&apos;; ping, udp, tcp, http, dns, traceroute 중 하나를 쓰세요</translation>
    </message>
</context>
<context>
    <name>LessonLoader</name>
    <message>
        <source>&apos;%1&apos; is not a device of the lab; devices: %2</source>
        <translation>&apos;%1&apos;은(는) 이 실습의 장비가 아닙니다. 장비: %2</translation>
    </message>
    <message>
        <source>%1 s is after the end of the lab&apos;s run (%2 s)</source>
        <translation>%1초는 실습 실행이 끝난 뒤입니다(%2초)</translation>
    </message>
    <message>
        <source>matches no event of the recorded run of %1</source>
        <translation>%1의 기록된 실행에서 일치하는 이벤트가 없습니다</translation>
    </message>
    <message>
        <source>asks for match %1 but the recorded run of %2 has only %3</source>
        <translation>%1번째 일치 항목을 찾지만 %2의 기록된 실행에는 %3개뿐입니다</translation>
    </message>
</context>
<context>
    <name>MoveDevicesCommand</name>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message numerus="yes">
        <source>Move %n device(s)</source>
        <translation>
            <numerusform>장비 %n개 이동</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteItemsCommand</name>
    <message numerus="yes">
        <source>Paste %n device(s)</source>
        <translation>
            <numerusform>장비 %n개 붙여넣기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PduDescriber</name>
    <message>
        <source>Malformed frame</source>
        <translation>잘못된 형식의 프레임</translation>
    </message>
    <message>
        <source>ARP (malformed)</source>
        <translation>ARP (잘못된 형식)</translation>
    </message>
    <message>
        <source>Ethernet %1%2%3 type 0x%4</source>
        <translation>이더넷 %1%2%3 타입 0x%4</translation>
    </message>
    <message>
        <source>ARP Who has %1? Tell %2</source>
        <translation>ARP %1의 MAC 주소는? %2에게 알려 주세요</translation>
    </message>
    <message>
        <source>ARP %1 is at %2</source>
        <translation>ARP %1의 MAC 주소는 %2</translation>
    </message>
    <message>
        <source>IPv4 (malformed)</source>
        <translation>IPv4 (잘못된 형식)</translation>
    </message>
    <message>
        <source>IPv4 %1%2%3 fragment offset=%4 id=0x%5%6</source>
        <translation>IPv4 %1%2%3 프래그먼트 오프셋=%4 id=0x%5%6</translation>
    </message>
    <message>
        <source> (more)</source>
        <translation> (뒤에 프래그먼트 더 있음)</translation>
    </message>
    <message>
        <source>IPv4 %1%2%3 protocol %4</source>
        <translation>IPv4 %1%2%3 프로토콜 %4</translation>
    </message>
    <message>
        <source> (first fragment)</source>
        <translation> (첫 프래그먼트)</translation>
    </message>
    <message>
        <source>ICMP (malformed)</source>
        <translation>ICMP (잘못된 형식)</translation>
    </message>
    <message>
        <source>ICMP Echo request id=%1 seq=%2 ttl=%3</source>
        <translation>ICMP 에코 요청 id=%1 seq=%2 ttl=%3</translation>
    </message>
    <message>
        <source>ICMP Echo reply id=%1 seq=%2 ttl=%3</source>
        <translation>ICMP 에코 응답 id=%1 seq=%2 ttl=%3</translation>
    </message>
    <message>
        <source>UDP (malformed)</source>
        <translation>UDP (잘못된 형식)</translation>
    </message>
    <message>
        <source>DHCP %1 - Transaction ID 0x%2</source>
        <translation>DHCP %1 - 트랜잭션 ID 0x%2</translation>
    </message>
    <message>
        <source>, your address %1</source>
        <translation>, 할당 주소 %1</translation>
    </message>
    <message>
        <source>%1 %2%3%4 Len=%5</source>
        <translation>%1 %2%3%4 Len=%5</translation>
    </message>
    <message>
        <source>TCP (malformed)</source>
        <translation>TCP (잘못된 형식)</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>Congestion window</source>
        <translation>혼잡 윈도우</translation>
    </message>
    <message>
        <source>Sequence numbers (Stevens)</source>
        <translation>시퀀스 번호 (Stevens 그래프)</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>왕복 시간 (RTT)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>처리량</translation>
    </message>
    <message>
        <source>Receive window</source>
        <translation>수신 윈도우</translation>
    </message>
    <message>
        <source>The lab has no TCP connection</source>
        <translation>이 실습에는 TCP 연결이 없습니다</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <source>Window (bytes)</source>
        <translation>윈도우 (바이트)</translation>
    </message>
    <message>
        <source>Segments (SMSS = %1 bytes)</source>
        <translation>세그먼트 수 (SMSS = %1바이트)</translation>
    </message>
    <message>
        <source>cwnd</source>
        <translation>cwnd</translation>
    </message>
    <message>
        <source>ssthresh (∞ until the first loss, %1 s)</source>
        <translation>ssthresh (첫 손실 %1초까지 ∞)</translation>
    </message>
    <message>
        <source>ssthresh = ∞ (no loss so far)</source>
        <translation>ssthresh = ∞ (아직 손실 없음)</translation>
    </message>
    <message>
        <source>fast retransmit</source>
        <translation>빠른 재전송</translation>
    </message>
    <message>
        <source>retransmission timeout</source>
        <translation>재전송 타임아웃</translation>
    </message>
    <message>
        <source>Relative sequence number (bytes)</source>
        <translation>상대 시퀀스 번호 (바이트)</translation>
    </message>
    <message>
        <source>receive window (ACK + window)</source>
        <translation>수신 윈도우 (ACK + 윈도우)</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>segment sent</source>
        <translation>보낸 세그먼트</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>재전송</translation>
    </message>
    <message>
        <source>Time (ms, logarithmic)</source>
        <translation>시간 (ms, 로그 눈금)</translation>
    </message>
    <message>
        <source>RTO (retransmission timeout)</source>
        <translation>RTO (재전송 타임아웃)</translation>
    </message>
    <message>
        <source>SRTT (smoothed)</source>
        <translation>SRTT (평활 RTT)</translation>
    </message>
    <message>
        <source>RTT sample</source>
        <translation>RTT 측정값</translation>
    </message>
    <message>
        <source>Throughput (Mbit/s)</source>
        <translation>처리량 (Mbit/s)</translation>
    </message>
    <message>
        <source>data acknowledged per second (sliding window of %1 ms)</source>
        <translation>초당 확인 응답된 데이터 (%1 ms 슬라이딩 윈도우)</translation>
    </message>
    <message>
        <source>Advertised window (bytes)</source>
        <translation>광고 윈도우 (바이트)</translation>
    </message>
    <message>
        <source>window advertised by %1</source>
        <translation>%1의 광고 윈도우</translation>
    </message>
    <message>
        <source>zero window</source>
        <translation>제로 윈도우</translation>
    </message>
    <message>
        <source>conversation: &apos;%1&apos; is not a TCP connection; the plots show one (IDs look like tcp:10.0.1.10:49152-10.0.2.20:80)</source>
        <translation>대화: &apos;%1&apos;은(는) TCP 연결이 아닙니다. 그래프는 TCP 연결 하나를 그립니다 (ID 예: tcp:10.0.1.10:49152-10.0.2.20:80)</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Right: %1. %2</source>
        <translation>정답: %1. %2</translation>
    </message>
    <message>
        <source>Not quite: you said %1, the engine&apos;s answer is %2. %3</source>
        <translation>아쉽습니다: %1(이)라고 답했지만 엔진의 답은 %2입니다. %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>(답 없음)</translation>
    </message>
    <message>
        <source>Only the Ethernet header (network interface layer)</source>
        <translation>이더넷 헤더만 (네트워크 인터페이스 계층)</translation>
    </message>
    <message>
        <source>Ethernet, then IP (up to the internet layer)</source>
        <translation>이더넷, 그다음 IP (인터넷 계층까지)</translation>
    </message>
    <message>
        <source>Ethernet, IP, then TCP or UDP (up to the transport layer)</source>
        <translation>이더넷, IP, 그다음 TCP 또는 UDP (전송 계층까지)</translation>
    </message>
    <message>
        <source>Every header, up to the application&apos;s data</source>
        <translation>모든 헤더, 응용 프로그램의 데이터까지</translation>
    </message>
    <message>
        <source>%1 sends a TCP segment to %2 port %3. What is its acknowledgment number (relative, counted from %2&apos;s initial sequence number)?</source>
        <translation>%1이(가) %2 포트 %3(으)로 TCP 세그먼트를 보냅니다. 확인 응답 번호는 얼마일까요 (상대값, %2의 초기 시퀀스 번호부터 셈)?</translation>
    </message>
    <message>
        <source>The acknowledgment number is the next byte %1 expects. The last segment from %2 that counted had sequence number %3, %4 bytes of data and %5 SYN/FIN flag(s): %3 + %4 + %5 = %6. Only SYN and FIN count one without data; ACK = seq + 1 is not the general rule.</source>
        <translation>확인 응답 번호는 %1이(가) 다음에 기대하는 바이트입니다. %2이(가) 보낸 세그먼트 중 셈에 들어가는 마지막 세그먼트는 시퀀스 번호 %3, 데이터 %4바이트, SYN/FIN 플래그 %5개였습니다: %3 + %4 + %5 = %6. 데이터 없이도 1로 세는 것은 SYN과 FIN뿐이며, ACK = seq + 1은 일반 규칙이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 sends an ARP request: who has %2? What destination MAC does the frame carry?</source>
        <translation>%1이(가) ARP 요청을 보냅니다: %2은(는) 누구입니까? 이 프레임의 목적지 MAC은?</translation>
    </message>
    <message>
        <source>%1 answers an ARP request from %2. What destination MAC does the reply&apos;s frame carry?</source>
        <translation>%1이(가) %2의 ARP 요청에 답합니다. 응답 프레임의 목적지 MAC은?</translation>
    </message>
    <message>
        <source>%1 does not know who has %2, so it asks every station on the link: the broadcast address ff:ff:ff:ff:ff:ff.</source>
        <translation>%1은(는) %2을(를) 가진 장치를 모르므로 링크의 모든 장치에게 묻습니다: 브로드캐스트 주소 ff:ff:ff:ff:ff:ff.</translation>
    </message>
    <message>
        <source>The request carried the asker&apos;s MAC, so the reply goes straight back to it (unicast).</source>
        <translation>요청에 묻는 쪽의 MAC이 들어 있으므로 응답은 그쪽으로 바로 갑니다 (유니캐스트).</translation>
    </message>
    <message>
        <source>%1 sends a packet to %2. What destination MAC does its frame carry?</source>
        <translation>%1이(가) %2(으)로 패킷을 보냅니다. 그 프레임의 목적지 MAC은?</translation>
    </message>
    <message>
        <source>%1 is a broadcast address: every station on the link must take it, so the frame goes to ff:ff:ff:ff:ff:ff.</source>
        <translation>%1은(는) 브로드캐스트 주소입니다: 링크의 모든 장치가 받아야 하므로 프레임은 ff:ff:ff:ff:ff:ff로 갑니다.</translation>
    </message>
    <message>
        <source>A multicast group&apos;s MAC is 01:00:5e plus the low 23 bits of the group address (RFC 1112).</source>
        <translation>멀티캐스트 그룹의 MAC은 01:00:5e에 그룹 주소의 하위 23비트를 붙인 것입니다 (RFC 1112).</translation>
    </message>
    <message>
        <source>%1 is on %2&apos;s own network, so the frame goes to it directly: its MAC, which ARP resolved.</source>
        <translation>%1은(는) %2과(와) 같은 네트워크에 있으므로 프레임은 바로 그곳으로 갑니다: ARP로 주소 해석한 그 MAC.</translation>
    </message>
    <message>
        <source>%1 is not on %2&apos;s network: the frame goes to the next hop %3, whose MAC ARP resolved. ARP resolves the next hop, not the destination; the IP addresses stay %4 to %1 all the way.</source>
        <translation>%1은(는) %2의 네트워크에 없습니다: 프레임은 다음 홉 %3(으)로 가며, 그 MAC을 ARP로 주소 해석했습니다. ARP는 목적지가 아니라 다음 홉을 해석합니다; IP 주소는 끝까지 %4에서 %1입니다.</translation>
    </message>
    <message>
        <source>(the gateway)</source>
        <translation>(기본 게이트웨이)</translation>
    </message>
    <message>
        <source>A frame arrives at %1. Which headers does %1 open?</source>
        <translation>프레임이 %1에 도착합니다. %1은(는) 어느 헤더까지 엽니까?</translation>
    </message>
    <message>
        <source>A layer-2 switch reads only the Ethernet header: it learns the source MAC and forwards or floods by the destination MAC.</source>
        <translation>L2 스위치는 이더넷 헤더만 읽습니다: 출발지 MAC 주소를 학습하고 목적지 MAC 주소에 따라 포워딩하거나 플러딩합니다.</translation>
    </message>
    <message>
        <source>The packet is not for %1: it removes the frame, reads the IP header to route it (TTL - 1, new checksum) and builds a new frame. It never opens TCP or UDP.</source>
        <translation>이 패킷은 %1에게 온 것이 아닙니다: 프레임을 벗기고 IP 헤더를 읽어 라우팅하며 (TTL - 1, 새 체크섬) 새 프레임을 만듭니다. TCP나 UDP는 열지 않습니다.</translation>
    </message>
    <message>
        <source>%1 stops at the Ethernet header: the frame is not for it, or it carries ARP, which the network interface hands to ARP without an IP header.</source>
        <translation>%1은(는) 이더넷 헤더에서 멈춥니다: 자기에게 온 프레임이 아니거나, ARP를 싣고 있어 네트워크 인터페이스가 IP 헤더 없이 ARP로 넘깁니다.</translation>
    </message>
    <message>
        <source>The data is for %1, so it removes header after header (decapsulation) up to the layer that uses it.</source>
        <translation>데이터가 %1에게 온 것이므로, 그것을 쓰는 계층까지 헤더를 하나씩 벗깁니다 (역캡슐화).</translation>
    </message>
    <message>
        <source>An active open sends SYN and waits for the answer in SYN-SENT.</source>
        <translation>능동 개방은 SYN을 보내고 SYN-SENT에서 응답을 기다립니다.</translation>
    </message>
    <message>
        <source>A listener that receives a SYN answers SYN-ACK and waits in SYN-RECEIVED for the ACK of its own SYN.</source>
        <translation>SYN을 받은 대기 측은 SYN-ACK로 답하고 SYN-RECEIVED에서 자기 SYN에 대한 ACK를 기다립니다.</translation>
    </message>
    <message>
        <source>The SYN-ACK arrived: it answers with an ACK and the three-way handshake is complete on its side.</source>
        <translation>SYN-ACK가 도착했습니다: ACK로 답하면 이쪽의 3-way 핸드셰이크가 끝납니다.</translation>
    </message>
    <message>
        <source>The ACK of its SYN arrived: the connection is established.</source>
        <translation>자기 SYN에 대한 ACK가 도착했습니다: 연결이 수립되었습니다.</translation>
    </message>
    <message>
        <source>A SYN crossed its own SYN (simultaneous open): it answers SYN-ACK and waits in SYN-RECEIVED.</source>
        <translation>상대의 SYN이 자기 SYN과 엇갈렸습니다 (동시 개방): SYN-ACK로 답하고 SYN-RECEIVED에서 기다립니다.</translation>
    </message>
    <message>
        <source>The application closed: FIN sent. The side that closes first is the active closer and goes to FIN-WAIT-1.</source>
        <translation>응용 프로그램이 연결을 닫았습니다: FIN을 보냅니다. 먼저 닫는 쪽이 능동적으로 닫는 쪽이며 FIN-WAIT-1로 갑니다.</translation>
    </message>
    <message>
        <source>A FIN arrived: the peer has finished sending. It stays in CLOSE-WAIT until its own application closes.</source>
        <translation>FIN이 도착했습니다: 상대가 보내기를 끝냈습니다. 자기 응용 프로그램이 닫을 때까지 CLOSE-WAIT에 머뭅니다.</translation>
    </message>
    <message>
        <source>Its FIN was acknowledged; FIN-WAIT-2 waits for the peer&apos;s FIN.</source>
        <translation>자기 FIN이 확인 응답되었습니다; FIN-WAIT-2에서 상대의 FIN을 기다립니다.</translation>
    </message>
    <message>
        <source>The peer&apos;s FIN arrived before the ACK of its own (simultaneous close): CLOSING.</source>
        <translation>자기 FIN의 ACK보다 상대의 FIN이 먼저 도착했습니다 (동시 종료): CLOSING.</translation>
    </message>
    <message>
        <source>Both FINs are acknowledged: TIME-WAIT for 2 MSL, which only the active closer goes through.</source>
        <translation>두 FIN이 모두 확인 응답되었습니다: 2 MSL 동안 TIME-WAIT에 머뭅니다. 이 상태는 능동적으로 닫는 쪽만 거칩니다.</translation>
    </message>
    <message>
        <source>Its application closed too: FIN sent, LAST-ACK waits for the ACK of it.</source>
        <translation>자기 응용 프로그램도 연결을 닫았습니다: FIN을 보내고 LAST-ACK에서 그에 대한 ACK를 기다립니다.</translation>
    </message>
    <message>
        <source>The ACK of its FIN arrived: CLOSED, with no TIME-WAIT (that belongs to the active closer).</source>
        <translation>자기 FIN에 대한 ACK가 도착했습니다: TIME-WAIT 없이 CLOSED가 됩니다 (TIME-WAIT는 능동적으로 닫는 쪽의 상태입니다).</translation>
    </message>
    <message>
        <source>2 MSL passed in TIME-WAIT: CLOSED.</source>
        <translation>TIME-WAIT에서 2 MSL이 지났습니다: CLOSED.</translation>
    </message>
    <message>
        <source>A reset (RST) or a give-up after retransmissions ended the connection.</source>
        <translation>리셋(RST)을 받았거나 재전송을 거듭하다 포기하여 연결이 끝났습니다.</translation>
    </message>
    <message>
        <source>RFC 9293 §3.3.2: %1 to %2.</source>
        <translation>RFC 9293 §3.3.2: %1에서 %2(으)로.</translation>
    </message>
    <message>
        <source>Forward out %1</source>
        <translation>%1(으)로 포워딩</translation>
    </message>
    <message>
        <source>Flood out %1</source>
        <translation>%1(으)로 플러딩</translation>
    </message>
    <message>
        <source>Filter it (send it nowhere)</source>
        <translation>필터링 (어디로도 보내지 않음)</translation>
    </message>
    <message>
        <source>%1&apos;s connection %2:%3 - %4:%5 is in %6. Which state does it move to next?</source>
        <translation>%1의 연결 %2:%3 - %4:%5은(는) %6 상태입니다. 다음에는 어느 상태로 갈까요?</translation>
    </message>
    <message>
        <source>%1 forwards a packet to %2 that arrived with TTL %3. With which TTL does it leave?</source>
        <translation>%1이(가) TTL %3(으)로 도착한 %2 행 패킷을 전달합니다. 나갈 때 TTL은?</translation>
    </message>
    <message>
        <source>Every router takes one from the TTL (%1 - 1 = %2) and so recomputes the header checksum; a packet whose TTL would reach 0 is dropped with ICMP time exceeded, which traceroute uses.</source>
        <translation>라우터마다 TTL에서 1을 빼고 (%1 - 1 = %2) 그래서 헤더 체크섬을 다시 계산합니다; TTL이 0이 되는 패킷은 폐기되고 ICMP 시간 초과가 돌아가며, traceroute가 이를 이용합니다.</translation>
    </message>
    <message>
        <source>A frame for %1 arrives at %2 on port %3. What does the switch do?</source>
        <translation>%1 행 프레임이 %2의 포트 %3에 도착합니다. 스위치는 어떻게 할까요?</translation>
    </message>
    <message>
        <source>Its MAC table has %1 on %2, so the frame goes out that port only.</source>
        <translation>MAC 테이블에 %1이(가) %2에 있으므로 프레임은 그 포트로만 나갑니다.</translation>
    </message>
    <message>
        <source>%1 is a broadcast or multicast address: a switch floods it out every port but the one it came in on.</source>
        <translation>%1은(는) 브로드캐스트 또는 멀티캐스트 주소입니다: 스위치는 들어온 포트를 뺀 모든 포트로 플러딩합니다.</translation>
    </message>
    <message>
        <source>%1 is not in its MAC table yet (it learns source addresses only), so it floods the frame out every port but the one it came in on.</source>
        <translation>%1은(는) 아직 MAC 테이블에 없으므로 (출발지 주소만 학습합니다) 들어온 포트를 뺀 모든 포트로 플러딩합니다.</translation>
    </message>
    <message>
        <source>Its MAC table has %1 on the port the frame came in on: the destination already has it, so the switch drops it.</source>
        <translation>MAC 테이블에서 %1은(는) 프레임이 들어온 포트에 있습니다: 목적지가 이미 받았으므로 스위치는 폐기합니다.</translation>
    </message>
    <message>
        <source>%1 must send a %2-byte packet (%3 bytes of data) over a link with MTU %4. What are the fragments&apos; offsets, in bytes (for example 0, 800)?</source>
        <translation>%1은(는) %2바이트 패킷 (데이터 %3바이트)을 MTU %4 링크로 보내야 합니다. 프래그먼트들의 오프셋은 몇 바이트일까요 (예: 0, 800)?</translation>
    </message>
    <message>
        <source>Each fragment but the last carries (MTU %1 - %2-byte header) rounded down to a multiple of 8 = %3 data bytes, so the offsets are %4. The header&apos;s fragment offset field counts 8-byte units: %5.</source>
        <translation>마지막을 뺀 각 프래그먼트는 (MTU %1 - %2바이트 헤더)를 8의 배수로 내린 %3바이트의 데이터를 싣습니다. 그래서 오프셋은 %4입니다. 헤더의 프래그먼트 오프셋 필드는 8바이트 단위로 셉니다: %5.</translation>
    </message>
</context>
<context>
    <name>Protocols</name>
    <message>
        <source>Ethernet</source>
        <translation>이더넷</translation>
    </message>
    <message>
        <source>Ethernet II</source>
        <translation>이더넷 II</translation>
    </message>
    <message>
        <source>ARP</source>
        <translation>ARP</translation>
    </message>
    <message>
        <source>Address Resolution Protocol (ARP)</source>
        <translation>주소 해석 프로토콜 (ARP)</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>Internet Protocol version 4 (IPv4)</source>
        <translation>인터넷 프로토콜 버전 4 (IPv4)</translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation>ICMP</translation>
    </message>
    <message>
        <source>Internet Control Message Protocol (ICMP)</source>
        <translation>인터넷 제어 메시지 프로토콜 (ICMP)</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>User Datagram Protocol (UDP)</source>
        <translation>사용자 데이터그램 프로토콜 (UDP)</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Transmission Control Protocol (TCP)</source>
        <translation>전송 제어 프로토콜 (TCP)</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Hypertext Transfer Protocol (HTTP)</source>
        <translation>하이퍼텍스트 전송 프로토콜 (HTTP)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Dynamic Host Configuration Protocol (DHCP)</source>
        <translation>동적 호스트 구성 프로토콜 (DHCP)</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Domain Name System (DNS)</source>
        <translation>도메인 네임 시스템 (DNS)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>트랜스포트</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>인터넷</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>네트워크 인터페이스</translation>
    </message>
    <message>
        <source>ARP is in the Internet layer: it finds the MAC address for an IPv4 address on behalf of IP, yet it travels straight inside an Ethernet frame (EtherType 0x0806) with no IP header. RFC 1122 describes it alongside the link layer.</source>
        <translation>ARP는 인터넷 계층에 속합니다: IP를 대신해 IPv4 주소에 해당하는 MAC 주소를 찾아 주지만(주소 해석), IP 헤더 없이 이더넷 프레임(EtherType 0x0806)에 바로 담겨 전달됩니다. RFC 1122는 ARP를 링크 계층과 함께 설명합니다.</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Wirewalk &amp;Guide</source>
        <translation>Wirewalk 안내서(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Wirewalk</source>
        <translation>Wirewalk 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>lost on the link</source>
        <translation>링크에서 손실</translation>
    </message>
    <message>
        <source>dropped by you</source>
        <translation>사용자가 폐기</translation>
    </message>
    <message>
        <source>transmit queue full</source>
        <translation>전송 대기열이 가득 참</translation>
    </message>
    <message>
        <source>FCS error (corrupted)</source>
        <translation>FCS 오류 (손상됨)</translation>
    </message>
    <message>
        <source>not for this MAC</source>
        <translation>목적지 MAC이 다름</translation>
    </message>
    <message>
        <source>filtered (same segment)</source>
        <translation>필터링 (목적지가 같은 포트 쪽)</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>형식 오류</translation>
    </message>
    <message>
        <source>IP header checksum wrong</source>
        <translation>IP 헤더 체크섬 오류</translation>
    </message>
    <message>
        <source>not for this host</source>
        <translation>목적지가 이 호스트가 아님</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>경로 없음</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL 만료</translation>
    </message>
    <message>
        <source>ARP got no answer</source>
        <translation>ARP 응답 없음</translation>
    </message>
    <message>
        <source>too many packets waiting for ARP</source>
        <translation>ARP를 기다리는 패킷이 너무 많음</translation>
    </message>
    <message>
        <source>too big for the MTU, DF set</source>
        <translation>MTU보다 크고 DF가 설정됨</translation>
    </message>
    <message>
        <source>reassembly timed out</source>
        <translation>재조립 시간 초과</translation>
    </message>
    <message>
        <source>broadcast not forwarded</source>
        <translation>브로드캐스트는 전달하지 않음</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>포트 도달 불가</translation>
    </message>
    <message>
        <source>protocol unreachable</source>
        <translation>프로토콜 도달 불가</translation>
    </message>
    <message>
        <source>private address not routed</source>
        <translation>사설 주소는 라우팅되지 않음</translation>
    </message>
    <message>
        <source>nobody waiting for it</source>
        <translation>받을 애플리케이션 없음</translation>
    </message>
    <message>
        <source>checksum wrong</source>
        <translation>체크섬 오류</translation>
    </message>
    <message>
        <source>no TCP connection (RST sent)</source>
        <translation>TCP 연결 없음 (RST 보냄)</translation>
    </message>
    <message>
        <source>outside the TCP window (ACK sent)</source>
        <translation>TCP 윈도우 밖 (ACK 보냄)</translation>
    </message>
    <message>
        <source>NAT cannot translate it</source>
        <translation>NAT 변환 불가</translation>
    </message>
    <message>
        <source>destination MAC</source>
        <translation>목적지 MAC</translation>
    </message>
    <message>
        <source>FCS</source>
        <translation>FCS</translation>
    </message>
    <message>
        <source>IP header checksum</source>
        <translation>IP 헤더 체크섬</translation>
    </message>
    <message>
        <source>destination IP</source>
        <translation>목적지 IP</translation>
    </message>
    <message>
        <source>transport checksum</source>
        <translation>트랜스포트 체크섬</translation>
    </message>
    <message>
        <source>port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>refreshed</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>aged out</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>asked again</source>
        <translation>다시 요청</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>해석 완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>UDP to</source>
        <translation>UDP 전송:</translation>
    </message>
    <message>
        <source>TCP connection to</source>
        <translation>TCP 연결:</translation>
    </message>
    <message>
        <source>HTTP GET from</source>
        <translation>HTTP GET:</translation>
    </message>
    <message>
        <source>grew</source>
        <translation>증가</translation>
    </message>
    <message>
        <source>fast retransmit: halved</source>
        <translation>빠른 재전송: 절반으로 줄임</translation>
    </message>
    <message>
        <source>partial ACK</source>
        <translation>부분 ACK</translation>
    </message>
    <message>
        <source>recovery ended</source>
        <translation>복구 종료</translation>
    </message>
    <message>
        <source>timeout: back to 1 segment</source>
        <translation>타임아웃: 1세그먼트로 줄임</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source>fast retransmit</source>
        <translation>빠른 재전송</translation>
    </message>
    <message>
        <source>window probe</source>
        <translation>윈도우 프로브</translation>
    </message>
    <message>
        <source>sequence number</source>
        <translation>시퀀스 번호</translation>
    </message>
    <message>
        <source>frame larger than the link&apos;s MTU</source>
        <translation>링크의 MTU보다 큰 프레임</translation>
    </message>
    <message>
        <source>DNS lookup via</source>
        <translation>DNS 조회, 서버:</translation>
    </message>
    <message>
        <source>traceroute to</source>
        <translation>traceroute 대상</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>항목 %n개 삭제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenameDeviceCommand</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 이름을 %2(으)로 변경</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the write stopped short</source>
        <translation>쓰기가 중간에 멈췄습니다</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>파일이 열려 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>SequenceDiagram</name>
    <message>
        <source>Sequence diagram: %1</source>
        <translation>시퀀스 다이어그램: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>재전송</translation>
    </message>
    <message>
        <source>retransmission (%1)</source>
        <translation>재전송 (%1)</translation>
    </message>
    <message>
        <source>duplicate ACK #%1</source>
        <translation>중복 ACK #%1</translation>
    </message>
    <message>
        <source>ACK = seq + 1 only for SYN and FIN, which use one sequence number each. Data moves the ACK on by its length: seq=%1 + len=%2 → ack=%3, the next byte expected.</source>
        <translation>ACK = seq + 1은 시퀀스 번호를 하나씩 쓰는 SYN과 FIN에만 해당합니다. 데이터는 그 길이만큼 ACK를 늘립니다: seq=%1 + len=%2 → ack=%3, 다음에 받을 바이트.</translation>
    </message>
    <message>
        <source>Common misconception</source>
        <translation>흔한 오해</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2에서 %1</translation>
    </message>
    <message>
        <source>TIME-WAIT belongs to the active closer. Here both sides sent a FIN before receiving the other&apos;s (a simultaneous close), so both are active closers: each passes through CLOSING and waits 2 × MSL in TIME-WAIT.</source>
        <translation>TIME-WAIT는 능동 종료 측(active closer)의 상태입니다. 여기서는 양쪽 모두 상대의 FIN을 받기 전에 FIN을 보냈으므로(동시 종료) 둘 다 능동 종료 측입니다: 각자 CLOSING을 거쳐 TIME-WAIT에서 2 × MSL 동안 기다립니다.</translation>
    </message>
    <message>
        <source>TIME-WAIT belongs to the active closer (%1, which sent the first FIN). After its last ACK it waits 2 × MSL, so a lost ACK can be sent again and old duplicates die out. The passive closer never enters TIME-WAIT: in LAST-ACK it resends its FIN if no ACK comes.</source>
        <translation>TIME-WAIT는 능동 종료 측(active closer, 첫 FIN을 보낸 %1)의 상태입니다. 마지막 ACK를 보낸 뒤 2 × MSL 동안 기다리므로, ACK가 손실되면 다시 보낼 수 있고 이전 연결의 중복 세그먼트도 사라집니다. 수동 종료 측(passive closer)은 TIME-WAIT에 들어가지 않습니다: LAST-ACK에서 ACK가 오지 않으면 FIN을 다시 보냅니다.</translation>
    </message>
    <message>
        <source>2 MSL = %1 s</source>
        <translation>2 MSL = %1초</translation>
    </message>
    <message>
        <source>CLOSE-WAIT (not “CLOSE-WAIT1”): %1 has received the FIN and acknowledged it; it waits for its application to close, then sends its own FIN and enters LAST-ACK.</source>
        <translation>CLOSE-WAIT (“CLOSE-WAIT1”이 아님): %1은(는) FIN을 받고 확인 응답했습니다. 애플리케이션이 닫기를 기다린 뒤 자신의 FIN을 보내고 LAST-ACK로 들어갑니다.</translation>
    </message>
    <message>
        <source>RTT %1 · SRTT %2 · RTO %3</source>
        <translation>RTT %1 · SRTT %2 · RTO %3</translation>
    </message>
    <message>
        <source>The first RTT is measured in the handshake: %1 timed its SYN until the SYN, ACK came back (the server times its SYN, ACK until the last ACK). Until then the retransmission timeout is the initial 1 s (RFC 6298).</source>
        <translation>첫 RTT는 핸드셰이크에서 잽니다: %1은(는) SYN을 보낸 뒤 SYN, ACK가 돌아올 때까지의 시간을 쟀습니다 (서버는 SYN, ACK를 보낸 뒤 마지막 ACK가 올 때까지를 잽니다). 그 전까지 재전송 타임아웃은 초깃값 1초입니다 (RFC 6298).</translation>
    </message>
    <message>
        <source>The first RTT is measured in the handshake: %1 timed its SYN, ACK until the last ACK came back. Until then the retransmission timeout is the initial 1 s (RFC 6298).</source>
        <translation>첫 RTT는 핸드셰이크에서 잽니다: %1은(는) SYN, ACK를 보낸 뒤 마지막 ACK가 돌아올 때까지의 시간을 쟀습니다. 그 전까지 재전송 타임아웃은 초깃값 1초입니다 (RFC 6298).</translation>
    </message>
    <message>
        <source>RTO timer expired: RTO doubled to %1</source>
        <translation>RTO 타이머 만료: RTO 두 배 → %1</translation>
    </message>
    <message>
        <source>SYN resent: RTO %1 when data begins</source>
        <translation>SYN 재전송: 데이터를 보내기 시작할 때 RTO는 %1</translation>
    </message>
    <message>
        <source>2 MSL</source>
        <translation>2 MSL</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1초</translation>
    </message>
    <message>
        <source>… the diagram stops after %1 messages; the rest of the run is left out</source>
        <translation>… 그림은 메시지 %1개에서 끝납니다. 실행의 나머지는 생략했습니다</translation>
    </message>
    <message>
        <source>TCP sequence numbers: relative</source>
        <translation>TCP 시퀀스 번호: 상대값</translation>
    </message>
    <message>
        <source>TCP sequence numbers: absolute</source>
        <translation>TCP 시퀀스 번호: 절대값</translation>
    </message>
    <message>
        <source>2 MSL: %1 s left</source>
        <translation>2 MSL: %1초 남음</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>시간 (ms)</translation>
    </message>
</context>
<context>
    <name>StoryPainter</name>
    <message>
        <source>pad+FCS </source>
        <translation>패딩+FCS </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>%1 + %2 + %3 = %4 bytes</source>
        <translation>%1 + %2 + %3 = %4바이트</translation>
    </message>
    <message>
        <source>%1 + %2 = %3 bytes</source>
        <translation>%1 + %2 = %3바이트</translation>
    </message>
    <message>
        <source>%1 opened</source>
        <translation>%1 열어 봄</translation>
    </message>
    <message>
        <source>header −%1 bytes</source>
        <translation>헤더 −%1바이트</translation>
    </message>
    <message>
        <source>new frame: new MAC addresses</source>
        <translation>새 프레임: 새 MAC 주소</translation>
    </message>
    <message>
        <source>same packet inside</source>
        <translation>안의 패킷은 그대로</translation>
    </message>
    <message>
        <source>Ethernet header only → flooded</source>
        <translation>이더넷 헤더만 읽음 → 플러딩</translation>
    </message>
    <message>
        <source>Ethernet header only → forwarded</source>
        <translation>이더넷 헤더만 읽음 → 전달</translation>
    </message>
    <message>
        <source>TTL %1 → %2, checksum recomputed</source>
        <translation>TTL %1 → %2, 체크섬 다시 계산</translation>
    </message>
    <message>
        <source>MTU %1: %2 fragments</source>
        <translation>MTU %1: 프래그먼트 %2개</translation>
    </message>
    <message>
        <source>→ to the application</source>
        <translation>→ 애플리케이션으로</translation>
    </message>
    <message>
        <source>The %1-byte IP packet does not fit the next link&apos;s MTU of %2 bytes (MTU is a property of the link): %3 splits it into %4 fragments; the fragment offset counts 8-byte units</source>
        <translation>%1바이트 IP 패킷은 다음 링크의 MTU %2바이트에 들어가지 않습니다 (MTU는 링크의 속성): %3이(가) 프래그먼트 %4개로 나눕니다. 프래그먼트 오프셋은 8바이트 단위입니다</translation>
    </message>
    <message>
        <source>IP packet: %1 + %2 = %3 bytes of the link&apos;s MTU 1500 (MTU belongs to the link)</source>
        <translation>IP 패킷: %1 + %2 = %3바이트로 링크의 MTU 1500 안에 들어감 (MTU는 링크의 속성)</translation>
    </message>
    <message>
        <source>%1 data + %2 %3 header + %4 IP header = %5 bytes; Ethernet&apos;s MTU is 1500 (a full TCP segment: 1460 + 20 + 20 = 1500)</source>
        <translation>데이터 %1 + %3 헤더 %2 + IP 헤더 %4 = %5바이트. 이더넷 MTU는 1500 (가득 찬 TCP 세그먼트: 1460 + 20 + 20 = 1500)</translation>
    </message>
    <message>
        <source>Encapsulation and decapsulation: %1 from %2</source>
        <translation>캡슐화와 역캡슐화: %2의 %1</translation>
    </message>
    <message>
        <source>Encapsulation and decapsulation: %1 from %2 to %3</source>
        <translation>캡슐화와 역캡슐화: %2에서 %3에게 가는 %1</translation>
    </message>
    <message>
        <source>Each device opens only the headers it needs: a switch the Ethernet header, a router the Ethernet and IP headers.</source>
        <translation>장비마다 필요한 헤더만 엽니다: 스위치는 이더넷 헤더, 라우터는 이더넷과 IP 헤더.</translation>
    </message>
    <message>
        <source>(not opened)</source>
        <translation>(열지 않음)</translation>
    </message>
    <message>
        <source>encapsulation</source>
        <translation>캡슐화</translation>
    </message>
    <message>
        <source>decapsulation</source>
        <translation>역캡슐화</translation>
    </message>
    <message>
        <source>Link: bits</source>
        <translation>링크: 비트</translation>
    </message>
    <message>
        <source>A router reads the Ethernet header too: it checks the destination MAC, opens the IP header, and builds a new frame. Source and destination IP stay the same.</source>
        <translation>라우터도 이더넷 헤더를 읽습니다: 목적지 MAC을 확인하고, IP 헤더를 열고, 새 프레임을 만듭니다. 출발지와 목적지 IP는 그대로입니다.</translation>
    </message>
    <message>
        <source>Also received the flooded frame and dropped it (not their MAC): %1</source>
        <translation>플러딩된 프레임을 받았지만 목적지 MAC이 달라 폐기: %1</translation>
    </message>
    <message>
        <source>%1: the frame before and after (changed fields highlighted)</source>
        <translation>%1: 들어온 프레임과 나가는 프레임 (바뀐 필드 강조)</translation>
    </message>
    <message>
        <source>arriving frame</source>
        <translation>들어온 프레임</translation>
    </message>
    <message>
        <source>leaving frame</source>
        <translation>나가는 프레임</translation>
    </message>
    <message>
        <source>%1 data %2</source>
        <translation>%1 데이터 %2</translation>
    </message>
    <message>
        <source>Routers forward each fragment as a packet of its own; only the destination host reassembles them (RFC 791)</source>
        <translation>라우터는 프래그먼트 하나하나를 별개의 패킷으로 전달하고, 재조립은 목적지 호스트만 합니다 (RFC 791)</translation>
    </message>
    <message>
        <source>length %1</source>
        <translation>길이 %1</translation>
    </message>
    <message>
        <source>2-byte length + %1 = %2 bytes</source>
        <translation>2바이트 길이 + %1 = %2바이트</translation>
    </message>
</context>
<context>
    <name>StoryText</name>
    <message>
        <source>message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>세그먼트</translation>
    </message>
    <message>
        <source>datagram</source>
        <translation>데이터그램</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>패킷</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>Application layer</source>
        <translation>애플리케이션 계층</translation>
    </message>
    <message>
        <source>Transport layer</source>
        <translation>트랜스포트 계층</translation>
    </message>
    <message>
        <source>Internet layer</source>
        <translation>인터넷 계층</translation>
    </message>
    <message>
        <source>Network interface layer</source>
        <translation>네트워크 인터페이스 계층</translation>
    </message>
    <message>
        <source>sender: encapsulation</source>
        <translation>송신 측: 캡슐화</translation>
    </message>
    <message>
        <source>L2 switch</source>
        <translation>L2 스위치</translation>
    </message>
    <message>
        <source>router</source>
        <translation>라우터</translation>
    </message>
    <message>
        <source>L3 switch</source>
        <translation>L3 스위치</translation>
    </message>
    <message>
        <source>receiver: decapsulation</source>
        <translation>수신 측: 역캡슐화</translation>
    </message>
    <message>
        <source>not for this host</source>
        <translation>목적지가 이 호스트가 아님</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>이더넷</translation>
    </message>
    <message>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>application data</source>
        <translation>애플리케이션 데이터</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>destination MAC is mine?</source>
        <translation>목적지 MAC이 내 것인가?</translation>
    </message>
    <message>
        <source>FCS correct?</source>
        <translation>FCS가 맞는가?</translation>
    </message>
    <message>
        <source>IP header checksum correct?</source>
        <translation>IP 헤더 체크섬이 맞는가?</translation>
    </message>
    <message>
        <source>destination IP is mine?</source>
        <translation>목적지 IP가 내 것인가?</translation>
    </message>
    <message>
        <source>checksum correct?</source>
        <translation>체크섬이 맞는가?</translation>
    </message>
    <message>
        <source>an application on port %1?</source>
        <translation>포트 %1에 애플리케이션이 있는가?</translation>
    </message>
    <message>
        <source>FCS wrong: frame dropped</source>
        <translation>FCS 오류: 프레임 폐기</translation>
    </message>
    <message>
        <source>not my MAC: frame dropped</source>
        <translation>목적지 MAC이 다름: 프레임 폐기</translation>
    </message>
    <message>
        <source>TTL reached 0: packet dropped</source>
        <translation>TTL이 0이 됨: 패킷 폐기</translation>
    </message>
    <message>
        <source>IP header checksum wrong: packet dropped</source>
        <translation>IP 헤더 체크섬 오류: 패킷 폐기</translation>
    </message>
    <message>
        <source>no application on this port: dropped</source>
        <translation>이 포트를 쓰는 애플리케이션 없음: 폐기</translation>
    </message>
    <message>
        <source>no route: packet dropped</source>
        <translation>경로 없음: 패킷 폐기</translation>
    </message>
    <message>
        <source>destination on the same port: filtered</source>
        <translation>목적지가 같은 포트 쪽: 필터링</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>폐기: %1</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 bytes</source>
        <translation>%1: %2 생성, %3바이트</translation>
    </message>
    <message>
        <source>%1: + %2 header (%3 B) and FCS trailer (%4 B) → %5, %6 bytes</source>
        <translation>%1: + %2 헤더(%3 B)와 FCS 트레일러(%4 B) → %5, %6바이트</translation>
    </message>
    <message>
        <source>%1: + %2 header (%3 B) → %4, %5 bytes</source>
        <translation>%1: + %2 헤더(%3 B) → %4, %5바이트</translation>
    </message>
    <message>
        <source>%1: %2 bytes do not fit the link&apos;s MTU %3: %4 fragments</source>
        <translation>%1: %2바이트는 링크의 MTU %3에 들어가지 않음: 프래그먼트 %4개</translation>
    </message>
    <message>
        <source>%1: the frame goes onto the link as bits</source>
        <translation>%1: 프레임이 비트가 되어 링크로 나감</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 reads only the Ethernet header: unknown destination MAC, flooded</source>
        <translation>%1은(는) 이더넷 헤더만 읽음: 모르는 목적지 MAC, 플러딩</translation>
    </message>
    <message>
        <source>%1 reads only the Ethernet header: destination MAC found, forwarded</source>
        <translation>%1은(는) 이더넷 헤더만 읽음: 목적지 MAC을 찾아 전달</translation>
    </message>
    <message>
        <source>%1: − %2 header (%3 B): %4 opened</source>
        <translation>%1: − %2 헤더(%3 B): %4 열어 봄</translation>
    </message>
    <message>
        <source>%1: TTL %2 → %3, header checksum 0x%4 → 0x%5</source>
        <translation>%1: TTL %2 → %3, 헤더 체크섬 0x%4 → 0x%5</translation>
    </message>
    <message>
        <source>%1: a new frame with new MAC addresses around the same packet</source>
        <translation>%1: 같은 패킷을 새 MAC 주소의 새 프레임에 담음</translation>
    </message>
    <message>
        <source>%1: handed to the application</source>
        <translation>%1: 애플리케이션에 전달</translation>
    </message>
    <message>
        <source>the next byte expected?</source>
        <translation>기다리던 다음 바이트인가?</translation>
    </message>
    <message>
        <source>the next byte expected? no: %1, not %2</source>
        <translation>기다리던 다음 바이트인가? 아니요: 기다린 번호 %2, 받은 번호 %1</translation>
    </message>
    <message>
        <source>time exceeded</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>fragmentation needed, next-hop MTU %1</source>
        <translation>단편화 필요, 다음 홉 MTU %1</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>네트워크 도달 불가</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>호스트 도달 불가</translation>
    </message>
    <message>
        <source>protocol unreachable</source>
        <translation>프로토콜 도달 불가</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>포트 도달 불가</translation>
    </message>
    <message>
        <source>destination unreachable</source>
        <translation>목적지 도달 불가</translation>
    </message>
    <message>
        <source>ICMP (the ping&apos;s echo request)</source>
        <translation>ICMP (ping의 에코 요청)</translation>
    </message>
    <message>
        <source>fragment %1/%2</source>
        <translation>프래그먼트 %1/%2</translation>
    </message>
    <message>
        <source>%1 header + data, bytes %2–%3</source>
        <translation>%1 헤더 + 데이터, 바이트 %2–%3</translation>
    </message>
    <message>
        <source>%1 data, bytes %2–%3</source>
        <translation>%1 데이터, 바이트 %2–%3</translation>
    </message>
    <message>
        <source>; offset %1 (×8 = %2), MF %3</source>
        <translation>; 오프셋 %1 (×8 = %2), MF %3</translation>
    </message>
    <message>
        <source>→ to the ARP module (no IP, no application)</source>
        <translation>→ ARP 모듈로 (IP도 애플리케이션도 거치지 않음)</translation>
    </message>
    <message>
        <source>→ echo request to ICMP in the Internet layer (kernel, no application)</source>
        <translation>→ 에코 요청은 인터넷 계층의 ICMP로 (커널이 처리, 애플리케이션 없음)</translation>
    </message>
    <message>
        <source>→ echo reply to the ping program</source>
        <translation>→ 에코 응답은 ping 프로그램으로</translation>
    </message>
    <message>
        <source>→ ICMP error (%1) to %2, which sent the offending packet</source>
        <translation>→ ICMP 오류(%1)는 문제의 패킷을 보낸 %2(으)로</translation>
    </message>
    <message>
        <source>ARP cache: %1 → %2</source>
        <translation>ARP 캐시: %1 → %2</translation>
    </message>
    <message>
        <source>ARP reply sent: %1 is at %2</source>
        <translation>ARP 응답 보냄: %1의 MAC 주소는 %2</translation>
    </message>
    <message>
        <source>ICMP answers with an echo reply</source>
        <translation>ICMP가 에코 응답으로 답함</translation>
    </message>
    <message>
        <source>%1 held for reassembly: bytes %2–%3, MF %4</source>
        <translation>%1을(를) 재조립할 때까지 보관: 바이트 %2–%3, MF %4</translation>
    </message>
    <message>
        <source>reassembled: %1 fragments → one %2-byte datagram</source>
        <translation>재조립: 프래그먼트 %1개 → %2바이트 데이터그램 하나</translation>
    </message>
    <message>
        <source>→ the ping program is told: %1</source>
        <translation>→ ping 프로그램에 알림: %1</translation>
    </message>
    <message>
        <source>→ %1 tells the application that sent it: %2</source>
        <translation>→ %1이(가) 그 패킷을 보낸 애플리케이션에 알림: %2</translation>
    </message>
    <message>
        <source>ARP asks for %1, not this host: ignored</source>
        <translation>ARP가 찾는 것은 이 호스트가 아닌 %1: 무시</translation>
    </message>
    <message>
        <source>ARP request (who has %1?)</source>
        <translation>ARP 요청 (%1의 MAC 주소는?)</translation>
    </message>
    <message>
        <source>ARP reply (%1 is at %2)</source>
        <translation>ARP 응답 (%1의 MAC 주소는 %2)</translation>
    </message>
    <message>
        <source>ICMP echo request</source>
        <translation>ICMP 에코 요청</translation>
    </message>
    <message>
        <source>ICMP echo reply</source>
        <translation>ICMP 에코 응답</translation>
    </message>
    <message>
        <source>ICMP error message (%1)</source>
        <translation>ICMP 오류 메시지 (%1)</translation>
    </message>
    <message>
        <source>fragment %1/%2 of the %3</source>
        <translation>%3의 프래그먼트 %1/%2</translation>
    </message>
    <message>
        <source>everyone on %1</source>
        <translation>%1의 모든 호스트</translation>
    </message>
    <message>
        <source>group %1 (no host joined)</source>
        <translation>그룹 %1 (가입한 호스트 없음)</translation>
    </message>
    <message>
        <source>group %1 (%2 joined)</source>
        <translation>그룹 %1 (가입: %2)</translation>
    </message>
    <message>
        <source>%1: a new frame with new MAC addresses around %2</source>
        <translation>%1: %2을(를) 새 MAC 주소의 새 프레임에 담음</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 bytes; over TCP its 2-byte length goes first: %4 bytes</source>
        <translation>%1: %2 생성, %3바이트; TCP에서는 앞에 2바이트 길이가 붙습니다: %4바이트</translation>
    </message>
</context>
<context>
    <name>SubnetCommand</name>
    <message>
        <source>give an address with a prefix, e.g. 192.168.1.10/24</source>
        <translation>프리픽스와 함께 주소를 주세요. 예: 192.168.1.10/24</translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; is not a number from 0 to 32</source>
        <translation>프리픽스 길이 &apos;%1&apos;은(는) 0에서 32 사이의 수가 아닙니다</translation>
    </message>
    <message>
        <source>prefix length %1 is out of range 0-32</source>
        <translation>프리픽스 길이 %1은(는) 범위 0-32를 벗어났습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a netmask: its one bits must be contiguous from the left, e.g. 255.255.255.0</source>
        <translation>&apos;%1&apos;은(는) 서브넷 마스크가 아닙니다: 1인 비트가 왼쪽부터 연속해야 합니다. 예: 255.255.255.0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ADDRESS/PREFIX</source>
        <translation>&apos;%1&apos;은(는) 주소/프리픽스 형식이 아닙니다</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Netmask</source>
        <translation>서브넷 마스크</translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation>와일드카드</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>브로드캐스트</translation>
    </message>
    <message>
        <source>First host</source>
        <translation>첫 호스트</translation>
    </message>
    <message>
        <source>Last host</source>
        <translation>마지막 호스트</translation>
    </message>
    <message>
        <source>Usable hosts</source>
        <translation>사용 가능한 호스트 수</translation>
    </message>
    <message>
        <source>private (RFC 1918)</source>
        <translation>사설 (RFC 1918)</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>루프백</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>멀티캐스트</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>링크 로컬</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>특성</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>비트</translation>
    </message>
    <message>
        <source>%1 network bits | %2 host bits</source>
        <translation>네트워크부 %1비트 | 호스트부 %2비트</translation>
    </message>
    <message>
        <source>Network address, broadcast, mask, wildcard, host range and flags of an IPv4 address with its prefix length (or netmask).</source>
        <translation>IPv4 주소와 프리픽스 길이(또는 서브넷 마스크)로 네트워크 주소, 브로드캐스트 주소, 마스크, 와일드카드, 호스트 범위, 특성을 계산합니다.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>ADDRESS/PREFIX</source>
        <translation>주소/프리픽스</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10/24 or 10.0.0.1/255.0.0.0</source>
        <translation>예: 192.168.1.10/24 또는 10.0.0.1/255.0.0.0</translation>
    </message>
    <message>
        <source>subnet: expected one ADDRESS/PREFIX, e.g. 192.168.1.10/24</source>
        <translation>subnet: 주소/프리픽스를 하나 주세요. 예: 192.168.1.10/24</translation>
    </message>
    <message>
        <source>subnet: %1</source>
        <translation>subnet: %1</translation>
    </message>
    <message>
        <source>multicast (RFC 5771): 224.0.0.0/4 holds group addresses; a packet sent to one reaches every member of the group. No interface has one as its own address, so a multicast range has no hosts and no broadcast address.</source>
        <translation>멀티캐스트 (RFC 5771): 224.0.0.0/4는 그룹 주소 대역입니다. 그룹 주소로 보낸 패킷은 그룹의 모든 멤버에게 전달됩니다. 그룹 주소를 자기 주소로 갖는 인터페이스는 없으므로, 멀티캐스트 대역에는 호스트도 브로드캐스트 주소도 없습니다.</translation>
    </message>
    <message>
        <source>point-to-point /31 (RFC 3021): both addresses are hosts, one for each end of the link; there is no network address and no broadcast address.</source>
        <translation>점대점 /31 (RFC 3021): 두 주소 모두 호스트 주소로, 링크 양 끝에 하나씩 씁니다. 네트워크 주소도 브로드캐스트 주소도 없습니다.</translation>
    </message>
    <message>
        <source>/32: exactly one address (a host route, or a loopback or NAT address); no other host shares it and there is no broadcast address.</source>
        <translation>/32: 주소가 정확히 하나입니다 (호스트 경로, 또는 루프백이나 NAT 주소). 이 주소를 함께 쓰는 다른 호스트는 없고 브로드캐스트 주소도 없습니다.</translation>
    </message>
    <message>
        <source>this network</source>
        <translation>이 네트워크</translation>
    </message>
    <message>
        <source>&quot;this network&quot; 0.0.0.0/8 (RFC 1122 3.2.1.3): only a source address, used while a host does not yet know its own (a DHCP DISCOVER comes from 0.0.0.0); never a destination.</source>
        <translation>&quot;이 네트워크&quot; 0.0.0.0/8 (RFC 1122 3.2.1.3): 출발지 주소로만 씁니다. 호스트가 아직 자기 주소를 모를 때 사용합니다 (DHCP DISCOVER는 0.0.0.0에서 보냅니다). 목적지 주소로는 절대 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>loopback 127.0.0.0/8 (RFC 1122): a packet sent to it never leaves the host.</source>
        <translation>루프백 127.0.0.0/8 (RFC 1122): 이 대역으로 보낸 패킷은 호스트 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>link-local 169.254.0.0/16 (RFC 3927): a host picks one itself when DHCP gives it nothing; valid on its own link only, never routed.</source>
        <translation>링크 로컬 169.254.0.0/16 (RFC 3927): DHCP로 주소를 받지 못한 호스트가 스스로 고르는 주소입니다. 자기 링크 안에서만 유효하며 라우팅되지 않습니다.</translation>
    </message>
    <message>
        <source>private (RFC 1918): for use inside a site; the internet does not route it, so reaching the internet takes NAT.</source>
        <translation>사설 (RFC 1918): 한 사이트(조직) 안에서 쓰는 주소입니다. 인터넷에서는 라우팅되지 않으므로 인터넷에 나가려면 NAT가 필요합니다.</translation>
    </message>
    <message>
        <source>shared (RFC 6598)</source>
        <translation>공유 (RFC 6598)</translation>
    </message>
    <message>
        <source>shared address space 100.64.0.0/10 (RFC 6598): between a provider&apos;s carrier-grade NAT and its customers; neither private nor public.</source>
        <translation>공유 주소 공간 100.64.0.0/10 (RFC 6598): 통신사(ISP)의 대규모 NAT(CGN)와 가입자 사이에서 씁니다. 사설 주소도 공인 주소도 아닙니다.</translation>
    </message>
    <message>
        <source>documentation (RFC 5737)</source>
        <translation>문서용 (RFC 5737)</translation>
    </message>
    <message>
        <source>documentation (RFC 5737): 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 are for examples in books and manuals, never for a real network.</source>
        <translation>문서용 (RFC 5737): 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24는 책과 매뉴얼의 예시에 쓰는 주소로, 실제 네트워크에서는 절대 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>reserved (RFC 1112)</source>
        <translation>예약 (RFC 1112)</translation>
    </message>
    <message>
        <source>reserved 240.0.0.0/4 (RFC 1112 4): set aside for future use; hosts and routers do not use it.</source>
        <translation>예약 240.0.0.0/4 (RFC 1112 4): 나중을 위해 남겨 둔 대역으로, 호스트와 라우터는 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>limited broadcast</source>
        <translation>제한 브로드캐스트</translation>
    </message>
    <message>
        <source>limited broadcast 255.255.255.255 (RFC 919): every host on this link; routers never forward it.</source>
        <translation>제한 브로드캐스트 255.255.255.255 (RFC 919): 이 링크의 모든 호스트가 받습니다. 라우터는 절대 전달하지 않습니다.</translation>
    </message>
    <message>
        <source>none: a multicast range has none</source>
        <translation>없음: 멀티캐스트 대역에는 브로드캐스트 주소가 없습니다</translation>
    </message>
    <message>
        <source>none: a /31 has two hosts and no broadcast</source>
        <translation>없음: /31은 호스트 두 개로 이루어지며 브로드캐스트 주소가 없습니다</translation>
    </message>
    <message>
        <source>none: a /32 is one address</source>
        <translation>없음: /32는 주소 하나뿐입니다</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>none: group addresses, not host addresses</source>
        <translation>없음: 호스트 주소가 아니라 그룹 주소입니다</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>주소 수</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
</context>
<context>
    <name>TcpNumbering</name>
    <message>
        <source>relative sequence number</source>
        <translation>상대 시퀀스 번호</translation>
    </message>
    <message>
        <source>Sequence number (raw)</source>
        <translation>시퀀스 번호 (실제 값)</translation>
    </message>
    <message>
        <source>relative ack number</source>
        <translation>상대 확인 응답 번호</translation>
    </message>
    <message>
        <source>Acknowledgment number (raw)</source>
        <translation>확인 응답 번호 (실제 값)</translation>
    </message>
</context>
<context>
    <name>TopologyPicture</name>
    <message>
        <source>the lab has no devices to draw</source>
        <translation>실습에 그릴 장비가 없습니다</translation>
    </message>
    <message>
        <source>--until: no recording to play</source>
        <translation>--until: 재생할 기록이 없습니다</translation>
    </message>
    <message>
        <source>--until: %1 s is outside the run, which lasts 0 to %2 s</source>
        <translation>--until: %1초는 실행 범위(0~%2초) 밖입니다</translation>
    </message>
    <message>
        <source>Topology of %1</source>
        <translation>%1의 토폴로지</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 (%2초)</translation>
    </message>
</context>
<context>
    <name>ViewCatalog</name>
    <message>
        <source>the lab&apos;s topology as the canvas draws it; with --until T, the frames on the links and the marks at that moment</source>
        <translation>캔버스에 그려지는 그대로의 실습 토폴로지. --until T를 주면 그 순간 링크 위의 프레임과 표시도 그림</translation>
    </message>
    <message>
        <source>the encapsulation story of event N&apos;s PDU, every layer and device (default: the first PDU sent; --all: the first 40 PDUs sent)</source>
        <translation>이벤트 N의 PDU가 모든 계층과 장비를 거치는 캡슐화 과정 (기본: 처음 보낸 PDU, --all: 처음 보낸 PDU 40개)</translation>
    </message>
    <message>
        <source>the sequence (ladder) diagram of one conversation, or of the whole lab with --conversation lab (default: the first TCP conversation); --event N marks that event&apos;s arrow</source>
        <translation>대화 하나의 시퀀스 다이어그램(사다리 그림), --conversation lab이면 실습 전체 (기본: 첫 TCP 대화). --event N은 그 이벤트의 화살표를 표시</translation>
    </message>
    <message>
        <source>a TCP connection&apos;s congestion window and slow-start threshold over time (QCustomPlot)</source>
        <translation>TCP 연결의 혼잡 윈도우와 슬로 스타트 임계값(ssthresh)의 시간에 따른 변화 (QCustomPlot)</translation>
    </message>
    <message>
        <source>a TCP connection&apos;s sequence numbers over time, Stevens/tcptrace style: segments, the ACK line, the receive window</source>
        <translation>TCP 연결의 시간에 따른 시퀀스 번호, Stevens/tcptrace 형식: 세그먼트, ACK 선, 수신 윈도우</translation>
    </message>
    <message>
        <source>a TCP connection&apos;s RTT samples with SRTT and the retransmission timeout</source>
        <translation>TCP 연결의 RTT 측정값과 SRTT, 재전송 타임아웃</translation>
    </message>
    <message>
        <source>a TCP connection&apos;s throughput (data acknowledged)</source>
        <translation>TCP 연결의 처리량 (확인 응답된 데이터)</translation>
    </message>
    <message>
        <source>the window a TCP connection&apos;s receiver advertised</source>
        <translation>TCP 연결의 수신 측이 광고한 윈도우</translation>
    </message>
    <message>
        <source>the DNS walkthrough of lookup N (--query, default 1): every place the name is looked for, in order, recursive and iterative queries drawn apart</source>
        <translation>조회 N(--query, 기본값 1)의 DNS 조회 과정: 이름을 찾는 모든 곳을 순서대로, 재귀 질의와 반복 질의를 구별해 그립니다</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>a %1 x %2 pixel PNG is too large (scale %3; at most %4 for this view)</source>
        <translation>%1 x %2 픽셀 PNG는 너무 큽니다 (배율 %3, 이 보기는 최대 %4)</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <source>a built-in lesson can only use built-in labs, not &apos;%1&apos;</source>
        <translation>내장 레슨은 내장 실습만 쓸 수 있습니다(&apos;%1&apos;은 안 됨)</translation>
    </message>
</context>
<context>
    <name>wire</name>
    <message>
        <source>Hardware type</source>
        <translation>하드웨어 타입</translation>
    </message>
    <message>
        <source>1 = Ethernet</source>
        <translation>1 = 이더넷</translation>
    </message>
    <message>
        <source>Protocol type</source>
        <translation>프로토콜 타입</translation>
    </message>
    <message>
        <source>0x0800 = IPv4: the addresses being resolved</source>
        <translation>0x0800 = IPv4: 해석할 주소의 종류</translation>
    </message>
    <message>
        <source>Hardware size</source>
        <translation>하드웨어 주소 길이</translation>
    </message>
    <message>
        <source>Length of a MAC address: 6</source>
        <translation>MAC 주소의 길이: 6</translation>
    </message>
    <message>
        <source>Protocol size</source>
        <translation>프로토콜 주소 길이</translation>
    </message>
    <message>
        <source>Length of an IPv4 address: 4</source>
        <translation>IPv4 주소의 길이: 4</translation>
    </message>
    <message>
        <source>Opcode</source>
        <translation>오퍼레이션 코드</translation>
    </message>
    <message>
        <source>1 = request (broadcast), 2 = reply (unicast)</source>
        <translation>1 = 요청 (브로드캐스트), 2 = 응답 (유니캐스트)</translation>
    </message>
    <message>
        <source>Sender MAC</source>
        <translation>송신자 MAC</translation>
    </message>
    <message>
        <source>MAC of the sender; the receiver may cache it</source>
        <translation>송신자의 MAC. 수신자가 캐시에 저장할 수 있습니다</translation>
    </message>
    <message>
        <source>Sender IP</source>
        <translation>송신자 IP</translation>
    </message>
    <message>
        <source>IPv4 address of the sender</source>
        <translation>송신자의 IPv4 주소</translation>
    </message>
    <message>
        <source>Target MAC</source>
        <translation>대상 MAC</translation>
    </message>
    <message>
        <source>The MAC being asked for: all zeros in a request</source>
        <translation>알아내려는 MAC: 요청에서는 모두 0</translation>
    </message>
    <message>
        <source>Target IP</source>
        <translation>대상 IP</translation>
    </message>
    <message>
        <source>The IPv4 address whose MAC is wanted</source>
        <translation>MAC을 알고 싶은 IPv4 주소</translation>
    </message>
    <message>
        <source>Destination MAC</source>
        <translation>목적지 MAC</translation>
    </message>
    <message>
        <source>Who the frame is for on this link: a MAC, a group, or ff:ff:ff:ff:ff:ff for everyone</source>
        <translation>이 링크에서 프레임을 받을 대상: MAC 하나, 그룹, 또는 모두에게는 ff:ff:ff:ff:ff:ff</translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation>출발지 MAC</translation>
    </message>
    <message>
        <source>The interface that sent the frame onto this link</source>
        <translation>이 링크로 프레임을 보낸 인터페이스</translation>
    </message>
    <message>
        <source>EtherType</source>
        <translation>이더타입</translation>
    </message>
    <message>
        <source>What the payload is: 0x0800 IPv4, 0x0806 ARP</source>
        <translation>페이로드의 종류: 0x0800 IPv4, 0x0806 ARP</translation>
    </message>
    <message>
        <source>Frame Check Sequence</source>
        <translation>FCS (프레임 체크 시퀀스)</translation>
    </message>
    <message>
        <source>CRC-32 of the frame; the receiver recomputes it and drops the frame on a mismatch</source>
        <translation>프레임의 CRC-32. 수신 측이 다시 계산해 다르면 프레임을 폐기합니다</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>타입</translation>
    </message>
    <message>
        <source>0 echo reply, 3 destination unreachable, 8 echo request, 11 time exceeded</source>
        <translation>0 에코 응답, 3 목적지 도달 불가, 8 에코 요청, 11 시간 초과</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Detail of the type, e.g. for type 3: 0 net, 1 host, 3 port, 4 fragmentation needed</source>
        <translation>타입의 세부 내용. 예: 타입 3에서 0 네트워크, 1 호스트, 3 포트, 4 단편화 필요</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>체크섬</translation>
    </message>
    <message>
        <source>Covers the whole ICMP message</source>
        <translation>ICMP 메시지 전체를 검사합니다</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Echo: any bytes, returned unchanged. Errors: the offending IP header + 8 bytes</source>
        <translation>에코: 아무 바이트나, 그대로 돌려받습니다. 오류: 문제가 된 IP 헤더 + 8바이트</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <source>Chosen by the pinging program to match replies to itself</source>
        <translation>ping 프로그램이 자기 응답을 가려내려고 고른 값</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>시퀀스 번호</translation>
    </message>
    <message>
        <source>Counts the echo requests: icmp_seq</source>
        <translation>에코 요청의 번호: icmp_seq</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>미사용</translation>
    </message>
    <message>
        <source>Always zero</source>
        <translation>항상 0</translation>
    </message>
    <message>
        <source>Next-hop MTU</source>
        <translation>다음 홉 MTU</translation>
    </message>
    <message>
        <source>With code 4: the MTU of the link the packet did not fit (RFC 1191)</source>
        <translation>코드 4일 때: 패킷이 들어가지 못한 링크의 MTU (RFC 1191)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>4 for IPv4</source>
        <translation>IPv4는 4</translation>
    </message>
    <message>
        <source>Header length</source>
        <translation>헤더 길이</translation>
    </message>
    <message>
        <source>Header length in 32-bit words (5-15): 5 = 20 bytes, no options</source>
        <translation>32비트 워드 단위의 헤더 길이 (5-15): 5 = 20바이트, 옵션 없음</translation>
    </message>
    <message>
        <source>DSCP</source>
        <translation>DSCP</translation>
    </message>
    <message>
        <source>Differentiated services: the priority class (the old TOS byte&apos;s first 6 bits)</source>
        <translation>차등 서비스: 우선순위 등급 (예전 TOS 바이트의 앞 6비트)</translation>
    </message>
    <message>
        <source>ECN</source>
        <translation>ECN</translation>
    </message>
    <message>
        <source>Explicit congestion notification: routers can mark instead of drop</source>
        <translation>명시적 혼잡 통지: 라우터가 폐기 대신 표시할 수 있습니다</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>전체 길이</translation>
    </message>
    <message>
        <source>Header plus data in bytes (at most 65535)</source>
        <translation>헤더와 데이터를 합한 바이트 수 (최대 65535)</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>식별자</translation>
    </message>
    <message>
        <source>Same value in every fragment of one datagram</source>
        <translation>한 데이터그램의 모든 프래그먼트에 같은 값</translation>
    </message>
    <message>
        <source>Reserved flag</source>
        <translation>예약 플래그</translation>
    </message>
    <message>
        <source>Always 0</source>
        <translation>항상 0</translation>
    </message>
    <message>
        <source>Don&apos;t fragment</source>
        <translation>단편화 금지 (DF)</translation>
    </message>
    <message>
        <source>1: drop rather than fragment, and report it with ICMP</source>
        <translation>1: 단편화하지 말고 폐기한 뒤 ICMP로 알립니다</translation>
    </message>
    <message>
        <source>More fragments</source>
        <translation>추가 프래그먼트 (MF)</translation>
    </message>
    <message>
        <source>1 on every fragment but the last</source>
        <translation>마지막 프래그먼트를 뺀 모든 프래그먼트에서 1</translation>
    </message>
    <message>
        <source>Fragment offset</source>
        <translation>프래그먼트 오프셋</translation>
    </message>
    <message>
        <source>Where this fragment&apos;s data goes, in units of 8 bytes</source>
        <translation>이 프래그먼트의 데이터가 원래 데이터그램에서 놓일 위치, 8바이트 단위</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>TTL (생존 시간)</translation>
    </message>
    <message>
        <source>Each router subtracts 1; at 0 the packet is dropped</source>
        <translation>라우터마다 1씩 줄고, 0이 되면 패킷은 폐기됩니다</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>What the data is: 1 ICMP, 6 TCP, 17 UDP</source>
        <translation>데이터의 종류: 1 ICMP, 6 TCP, 17 UDP</translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation>헤더 체크섬</translation>
    </message>
    <message>
        <source>Covers the header only; recomputed at every router because TTL changes</source>
        <translation>헤더만 검사합니다. TTL이 바뀌므로 라우터마다 다시 계산합니다</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>출발지 주소</translation>
    </message>
    <message>
        <source>The sending host</source>
        <translation>보낸 호스트</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>목적지 주소</translation>
    </message>
    <message>
        <source>The final destination; unchanged by routers (NAT aside)</source>
        <translation>최종 목적지. 라우터는 바꾸지 않습니다 (NAT 제외)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Rarely used; padded to a multiple of 4 bytes</source>
        <translation>거의 쓰이지 않음; 4바이트 배수로 채웁니다</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>출발지 포트</translation>
    </message>
    <message>
        <source>The sending application&apos;s port (often ephemeral, 49152-65535)</source>
        <translation>보낸 애플리케이션의 포트 (흔히 임시 포트 49152-65535)</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>목적지 포트</translation>
    </message>
    <message>
        <source>Which application gets the data, e.g. 53 DNS, 67/68 DHCP</source>
        <translation>데이터를 받을 애플리케이션. 예: 53 DNS, 67/68 DHCP</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Header plus data in bytes (at least 8)</source>
        <translation>헤더와 데이터를 합한 바이트 수 (최소 8)</translation>
    </message>
    <message>
        <source>Covers a pseudo-header (addresses, protocol, length), header and data; 0 = none</source>
        <translation>의사 헤더(주소, 프로토콜, 길이), 헤더, 데이터를 검사합니다; 0 = 없음</translation>
    </message>
    <message>
        <source>Which application gets the data, e.g. 80 HTTP</source>
        <translation>데이터를 받을 애플리케이션. 예: 80 HTTP</translation>
    </message>
    <message>
        <source>Number of the first data byte (SYN and FIN each use one number)</source>
        <translation>첫 데이터 바이트의 번호 (SYN과 FIN은 각각 번호 하나를 씁니다)</translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation>확인 응답 번호 (ACK 번호)</translation>
    </message>
    <message>
        <source>With ACK set: the next byte expected from the other side</source>
        <translation>ACK가 설정되면: 상대에게서 다음에 받기를 기대하는 바이트 번호</translation>
    </message>
    <message>
        <source>Data offset</source>
        <translation>데이터 오프셋</translation>
    </message>
    <message>
        <source>Header length in 32-bit words (5-15)</source>
        <translation>32비트 워드 단위의 헤더 길이 (5-15)</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Congestion window reduced (ECN)</source>
        <translation>혼잡 윈도우 감소 (ECN)</translation>
    </message>
    <message>
        <source>ECN echo</source>
        <translation>ECN 에코</translation>
    </message>
    <message>
        <source>The urgent pointer is significant</source>
        <translation>긴급 포인터가 유효함</translation>
    </message>
    <message>
        <source>The acknowledgment number is significant</source>
        <translation>확인 응답 번호가 유효함</translation>
    </message>
    <message>
        <source>Push: hand the data to the application now</source>
        <translation>푸시: 데이터를 바로 애플리케이션에 넘김</translation>
    </message>
    <message>
        <source>Reset the connection</source>
        <translation>연결을 리셋</translation>
    </message>
    <message>
        <source>Synchronize sequence numbers: opens a connection</source>
        <translation>시퀀스 번호 동기화: 연결을 엽니다</translation>
    </message>
    <message>
        <source>No more data from the sender: starts the close</source>
        <translation>송신자에게 더 보낼 데이터가 없음: 연결 종료를 시작합니다</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>윈도우</translation>
    </message>
    <message>
        <source>How many more bytes the receiver can take now (flow control)</source>
        <translation>수신자가 지금 더 받을 수 있는 바이트 수 (흐름 제어)</translation>
    </message>
    <message>
        <source>Covers a pseudo-header (addresses, protocol, length), header and data</source>
        <translation>의사 헤더(주소, 프로토콜, 길이), 헤더, 데이터를 검사합니다</translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation>긴급 포인터</translation>
    </message>
    <message>
        <source>With URG: where urgent data ends (rarely used)</source>
        <translation>URG와 함께: 긴급 데이터가 끝나는 위치 (거의 쓰이지 않음)</translation>
    </message>
    <message>
        <source>E.g. MSS in SYNs: the largest segment this side can receive</source>
        <translation>예: SYN의 MSS: 이쪽이 받을 수 있는 가장 큰 세그먼트</translation>
    </message>
    <message>
        <source>Message op code</source>
        <translation>메시지 오퍼레이션 코드</translation>
    </message>
    <message>
        <source>1 BOOTREQUEST (client to server), 2 BOOTREPLY</source>
        <translation>1 BOOTREQUEST (클라이언트가 서버로), 2 BOOTREPLY</translation>
    </message>
    <message>
        <source>Hardware address length</source>
        <translation>하드웨어 주소 길이</translation>
    </message>
    <message>
        <source>6 bytes for a MAC address</source>
        <translation>MAC 주소는 6바이트</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>홉 수</translation>
    </message>
    <message>
        <source>Relay agents on the way; 0 from the client</source>
        <translation>거쳐 온 릴레이 에이전트 수; 클라이언트가 보낼 때는 0</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>트랜잭션 ID</translation>
    </message>
    <message>
        <source>Random number chosen by the client; replies carry the same</source>
        <translation>클라이언트가 고른 난수; 응답에도 같은 값이 실립니다</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>경과 시간(초)</translation>
    </message>
    <message>
        <source>Seconds since the client began acquiring an address</source>
        <translation>클라이언트가 주소를 얻기 시작한 뒤 지난 초</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>Broadcast bit: the client cannot receive unicast before it has an address</source>
        <translation>브로드캐스트 비트: 클라이언트는 주소를 받기 전에는 유니캐스트를 받을 수 없습니다</translation>
    </message>
    <message>
        <source>Client IP address</source>
        <translation>클라이언트 IP 주소</translation>
    </message>
    <message>
        <source>Filled only when the client already has an address</source>
        <translation>클라이언트에 이미 주소가 있을 때만 채웁니다</translation>
    </message>
    <message>
        <source>Your IP address</source>
        <translation>할당 IP 주소</translation>
    </message>
    <message>
        <source>The address the server offers or assigns to the client</source>
        <translation>서버가 클라이언트에 제안하거나 할당하는 주소</translation>
    </message>
    <message>
        <source>Next server IP address</source>
        <translation>다음 서버 IP 주소</translation>
    </message>
    <message>
        <source>Server for the next boot step (TFTP); often 0.0.0.0</source>
        <translation>다음 부팅 단계(TFTP)의 서버; 흔히 0.0.0.0</translation>
    </message>
    <message>
        <source>Relay agent IP address</source>
        <translation>릴레이 에이전트 IP 주소</translation>
    </message>
    <message>
        <source>Set by a relay agent on another network; 0.0.0.0 here</source>
        <translation>다른 네트워크의 릴레이 에이전트가 설정; 여기서는 0.0.0.0</translation>
    </message>
    <message>
        <source>Client hardware address</source>
        <translation>클라이언트 하드웨어 주소</translation>
    </message>
    <message>
        <source>The client&apos;s MAC address, padded to 16 bytes</source>
        <translation>클라이언트의 MAC 주소, 16바이트로 채움</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>서버 호스트 이름</translation>
    </message>
    <message>
        <source>Optional, usually empty</source>
        <translation>선택 사항, 보통 비어 있음</translation>
    </message>
    <message>
        <source>Boot file name</source>
        <translation>부트 파일 이름</translation>
    </message>
    <message>
        <source>Magic cookie</source>
        <translation>매직 쿠키</translation>
    </message>
    <message>
        <source>99.130.83.99: DHCP options follow</source>
        <translation>99.130.83.99: 뒤에 DHCP 옵션이 이어집니다</translation>
    </message>
    <message>
        <source>Type-length-value: message type (53), mask (1), router (3), DNS (6), lease (51), server id (54)...</source>
        <translation>타입-길이-값(TLV): 메시지 타입 (53), 마스크 (1), 라우터 (3), DNS (6), 임대 시간 (51), 서버 ID (54)...</translation>
    </message>
    <message>
        <source>Chosen by the client; the response carries the same</source>
        <translation>클라이언트가 정한 값; 응답에도 같은 값이 실립니다</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>응답 (QR)</translation>
    </message>
    <message>
        <source>0 query, 1 response</source>
        <translation>0 질의, 1 응답</translation>
    </message>
    <message>
        <source>Kind of query: 0 standard query</source>
        <translation>질의 종류: 0 표준 질의</translation>
    </message>
    <message>
        <source>Authoritative</source>
        <translation>권한 있는 응답 (AA)</translation>
    </message>
    <message>
        <source>Set when the server is an authority for the name</source>
        <translation>응답한 서버가 그 이름의 권한 서버이면 1</translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation>잘림 (TC)</translation>
    </message>
    <message>
        <source>The message did not fit: ask again over TCP</source>
        <translation>메시지가 다 들어가지 않았음: TCP로 다시 질의해야 합니다</translation>
    </message>
    <message>
        <source>Recursion desired</source>
        <translation>재귀 요청 (RD)</translation>
    </message>
    <message>
        <source>The client asks the server to find the answer for it</source>
        <translation>클라이언트가 서버에게 답을 대신 찾아 달라고 요청합니다</translation>
    </message>
    <message>
        <source>Recursion available</source>
        <translation>재귀 가능 (RA)</translation>
    </message>
    <message>
        <source>The server offers recursive lookups</source>
        <translation>서버가 재귀 질의를 지원합니다</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Reserved, zero (RFC 1035)</source>
        <translation>예약, 항상 0 (RFC 1035)</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>응답 코드 (RCODE)</translation>
    </message>
    <message>
        <source>0 no error, 1 format error, 2 server failure, 3 no such name</source>
        <translation>0 오류 없음, 1 형식 오류, 2 서버 실패, 3 존재하지 않는 이름</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>질의 수</translation>
    </message>
    <message>
        <source>Entries in the question section</source>
        <translation>질의 섹션의 항목 수</translation>
    </message>
    <message>
        <source>Answer RRs</source>
        <translation>응답 레코드 수</translation>
    </message>
    <message>
        <source>Resource records in the answer section</source>
        <translation>응답 섹션의 리소스 레코드 수</translation>
    </message>
    <message>
        <source>Authority RRs</source>
        <translation>권한 레코드 수</translation>
    </message>
    <message>
        <source>Name server records in the authority section</source>
        <translation>권한 섹션의 네임 서버 레코드 수</translation>
    </message>
    <message>
        <source>Additional RRs</source>
        <translation>추가 레코드 수</translation>
    </message>
    <message>
        <source>Records in the additional section (glue addresses)</source>
        <translation>추가 섹션의 레코드 수 (글루 주소)</translation>
    </message>
</context>
<context>
    <name>ww::exporting::ExportDialog</name>
    <message>
        <source>Export View</source>
        <translation>보기 내보내기</translation>
    </message>
    <message>
        <source>Export All Diagrams</source>
        <translation>모든 그림 내보내기</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>보기(&amp;V):</translation>
    </message>
    <message>
        <source>SVG (vector, for slides and the web)</source>
        <translation>SVG (벡터, 슬라이드와 웹용)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (이미지)</translation>
    </message>
    <message>
        <source>PDF (one page per picture)</source>
        <translation>PDF (그림마다 한 페이지)</translation>
    </message>
    <message>
        <source>PNG pixels per drawing unit: 2× stays sharp on a projector</source>
        <translation>그림 단위당 PNG 픽셀 수: 2×면 프로젝터에서도 선명합니다</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation>PNG 배율(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>폴더(&amp;O):</translation>
    </message>
    <message>
        <source>Every diagram of the lab, with stable names and an index (index.html, index.txt).</source>
        <translation>실습의 모든 그림을 고정된 이름과 색인(index.html, index.txt)과 함께 저장합니다.</translation>
    </message>
    <message>
        <source>Folder for the diagrams</source>
        <translation>그림을 저장할 폴더</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>보기 내보내기</translation>
    </message>
</context>
<context>
    <name>ww::inspector::DissectionModel</name>
    <message>
        <source>bytes %1-%2</source>
        <translation>바이트 %1-%2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>ww::inspector::LayerView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Whole story</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save this view as SVG, PNG or PDF</source>
        <translation>이 화면을 SVG, PNG, PDF로 저장</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Select a frame, packet or segment to see its layers.</source>
        <translation>프레임, 패킷, 세그먼트를 선택하면 계층별 과정이 보입니다.</translation>
    </message>
    <message>
        <source>%1 steps: press Play or Next to go through them</source>
        <translation>%1단계: 재생이나 다음을 눌러 차례로 보세요</translation>
    </message>
    <message>
        <source>Export encapsulation</source>
        <translation>캡슐화 과정 내보내기</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>SVG 이미지 (*.svg);;PNG 이미지 (*.png);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Encapsulation</source>
        <translation>캡슐화</translation>
    </message>
    <message>
        <source>Use a .svg, .png or .pdf file name.</source>
        <translation>.svg, .png, .pdf 파일 이름을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>ww::inspector::PacketInspector</name>
    <message>
        <source>Export diagram…</source>
        <translation>그림 내보내기…</translation>
    </message>
    <message>
        <source>Save this header diagram as SVG, PNG or PDF</source>
        <translation>이 헤더 그림을 SVG, PNG, PDF로 저장</translation>
    </message>
    <message>
        <source>Event %1 carries no PDU.</source>
        <translation>이벤트 %1에는 PDU가 없습니다.</translation>
    </message>
    <message>
        <source>Export header diagram</source>
        <translation>헤더 그림 내보내기</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>SVG 이미지 (*.svg);;PNG 이미지 (*.png);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Use a .svg, .png or .pdf file name.</source>
        <translation>.svg, .png, .pdf 파일 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>Select a frame, packet or segment in the event list, or step through the events, to see its headers.</source>
        <translation>이벤트 목록에서 프레임, 패킷 또는 세그먼트를 선택하거나 이벤트를 한 단계씩 넘기면 헤더를 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ww::lesson</name>
    <message>
        <source>needs &quot;event&quot; (a trace event type) or &quot;time&quot; (seconds)</source>
        <translation>&quot;event&quot;(트레이스 이벤트 종류) 또는 &quot;time&quot;(초)이 필요합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a trace event type; types: %2</source>
        <translation>&apos;%1&apos;은(는) 트레이스 이벤트 종류가 아닙니다. 종류: %2</translation>
    </message>
    <message>
        <source>must be a string, number or true/false</source>
        <translation>문자열, 숫자, true/false 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a protocol; protocols: %2</source>
        <translation>&apos;%1&apos;은(는) 프로토콜이 아닙니다. 프로토콜: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a set of TCP flags like &quot;SYN+ACK&quot;; flags: FIN, SYN, RST, PSH, ACK, URG, ECE, CWR</source>
        <translation>&apos;%1&apos;은(는) &quot;SYN+ACK&quot; 같은 TCP 플래그 조합이 아닙니다. 플래그: FIN, SYN, RST, PSH, ACK, URG, ECE, CWR</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not &quot;protocol.field&quot; with a protocol of: %2</source>
        <translation>&apos;%1&apos;은(는) &quot;프로토콜.필드&quot; 형식이 아닙니다. 프로토콜: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no field &apos;%2&apos;; fields: %3</source>
        <translation>&apos;%1&apos;에는 &apos;%2&apos; 필드가 없습니다. 필드: %3</translation>
    </message>
    <message>
        <source>has %1 choices; a question has 2 to 8</source>
        <translation>선택지가 %1개입니다. 문제에는 2개에서 8개가 있어야 합니다</translation>
    </message>
    <message>
        <source>a question with choices gives the right one as &quot;correct&quot; (its number from 1), not &quot;answer&quot;</source>
        <translation>선택지가 있는 문제는 정답을 &quot;answer&quot;가 아니라 &quot;correct&quot;(1부터 센 번호)로 적습니다</translation>
    </message>
    <message>
        <source>only a question with &quot;choices&quot; has &quot;correct&quot;</source>
        <translation>&quot;correct&quot;는 &quot;choices&quot;가 있는 문제에만 씁니다</translation>
    </message>
    <message>
        <source>is required: the accepted answer, or a list of them (or give &quot;choices&quot; and &quot;correct&quot;)</source>
        <translation>필요합니다: 인정할 답 하나 또는 그 목록(&quot;choices&quot;와 &quot;correct&quot;를 써도 됩니다)</translation>
    </message>
    <message>
        <source>must be a non-empty string or a list of them</source>
        <translation>비어 있지 않은 문자열 또는 그 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a misconception id; ids: %2</source>
        <translation>&apos;%1&apos;은(는) 흔한 오해 ID가 아닙니다. ID: %2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>%1번째 바이트에서 JSON이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>a lesson file is a JSON object</source>
        <translation>레슨 파일은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lesson; expected &quot;wirewalk-lesson&quot;</source>
        <translation>&apos;%1&apos;은(는) 레슨이 아닙니다. &quot;wirewalk-lesson&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>must name a lab: &quot;builtin:NAME&quot; or a path</source>
        <translation>실습을 지정해야 합니다: &quot;builtin:이름&quot; 또는 경로</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section of the course; sections: %2</source>
        <translation>&apos;%1&apos;은(는) 교재의 절이 아닙니다. 절: %2</translation>
    </message>
    <message>
        <source>has %1 steps; a lesson has 1 to %2</source>
        <translation>단계가 %1개입니다. 레슨에는 1개에서 %2개가 있어야 합니다</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>there is no built-in lesson &apos;%1&apos;; built-in lessons: %2</source>
        <translation>내장 레슨 &apos;%1&apos;은(는) 없습니다. 내장 레슨: %2</translation>
    </message>
    <message>
        <source>HTTP 2.0 runs over UDP.</source>
        <translation>HTTP 2.0은 UDP 위에서 동작한다.</translation>
    </message>
    <message>
        <source>HTTP/1.1 and HTTP/2 run over TCP (RFC 9113). Only HTTP/3 runs over QUIC, which runs over UDP (RFC 9114, RFC 9000).</source>
        <translation>HTTP/1.1과 HTTP/2는 TCP 위에서 동작합니다(RFC 9113). HTTP/3만 UDP 위의 QUIC에서 동작합니다(RFC 9114, RFC 9000).</translation>
    </message>
    <message>
        <source>The passive closer enters CLOSE-WAIT1.</source>
        <translation>수동적으로 닫는 쪽은 CLOSE-WAIT1 상태가 된다.</translation>
    </message>
    <message>
        <source>The state is CLOSE-WAIT: the passive closer has acknowledged the FIN and waits for its application to close.</source>
        <translation>상태 이름은 CLOSE-WAIT입니다. 수동적으로 닫는 쪽이 FIN을 확인 응답하고 응용 프로그램이 닫기를 기다립니다.</translation>
    </message>
    <message>
        <source>Both sides wait in TIME-WAIT, or the passive closer does.</source>
        <translation>양쪽 모두, 또는 수동적으로 닫는 쪽이 TIME-WAIT에서 기다린다.</translation>
    </message>
    <message>
        <source>TIME-WAIT belongs to the active closer: after its last ACK it waits 2 × MSL. The passive closer in LAST-ACK resends its FIN if no ACK comes; it never enters TIME-WAIT.</source>
        <translation>TIME-WAIT는 능동적으로 닫는 쪽의 상태입니다. 마지막 ACK를 보낸 뒤 2 × MSL 동안 기다립니다. 수동적으로 닫는 쪽은 LAST-ACK에서 ACK가 오지 않으면 FIN을 다시 보낼 뿐, TIME-WAIT에는 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>ACK = sequence number + 1.</source>
        <translation>ACK = 시퀀스 번호 + 1이다.</translation>
    </message>
    <message>
        <source>Only SYN and FIN use one sequence number each. For data, ACK = the next byte expected = seq + bytes received.</source>
        <translation>시퀀스 번호를 하나씩 쓰는 것은 SYN과 FIN뿐입니다. 데이터의 ACK = 다음에 기대하는 바이트 = seq + 받은 바이트 수입니다.</translation>
    </message>
    <message>
        <source>RTT is measured after the handshake; &quot;InitTRO&quot;.</source>
        <translation>RTT는 핸드셰이크 뒤에 잰다. &quot;InitTRO&quot;.</translation>
    </message>
    <message>
        <source>The client samples the RTT from SYN to SYN-ACK, the server from SYN-ACK to the last ACK. The initial retransmission timeout is 1 s (InitRTO, RFC 6298).</source>
        <translation>클라이언트는 SYN에서 SYN-ACK까지, 서버는 SYN-ACK에서 마지막 ACK까지로 RTT를 잽니다. 초기 재전송 타임아웃은 1초입니다(InitRTO, RFC 6298).</translation>
    </message>
    <message>
        <source>The MSS is 1460 bytes.</source>
        <translation>MSS는 1460바이트이다.</translation>
    </message>
    <message>
        <source>Each side announces the largest segment it can receive; a sender uses the smaller of the peer&apos;s MSS and its own limit. Without the option the default is 536 bytes; 1460 is usual on Ethernet, not a standard.</source>
        <translation>양쪽은 각자 받을 수 있는 가장 큰 세그먼트를 알립니다. 송신자는 상대의 MSS와 자기 한도 중 작은 값을 씁니다. 옵션이 없으면 기본값은 536바이트이며, 1460은 이더넷에서 흔한 값일 뿐 표준이 아닙니다.</translation>
    </message>
    <message>
        <source>TOS takes values 0 to 15.</source>
        <translation>TOS는 0부터 15까지의 값을 가진다.</translation>
    </message>
    <message>
        <source>The IP header is version, IHL, TOS, ID, TTL, protocol and addresses.</source>
        <translation>IP 헤더는 버전, IHL, TOS, ID, TTL, 프로토콜, 주소로 되어 있다.</translation>
    </message>
    <message>
        <source>The header also has total length, flags, fragment offset, header checksum and options (RFC 791).</source>
        <translation>헤더에는 전체 길이, 플래그, 프래그먼트 오프셋, 헤더 체크섬, 옵션도 있습니다(RFC 791).</translation>
    </message>
    <message>
        <source>MTU is the average size of a packet.</source>
        <translation>MTU는 패킷의 평균 크기이다.</translation>
    </message>
    <message>
        <source>MTU is a property of a link (Ethernet: 1500 bytes): the largest packet the link carries in one frame.</source>
        <translation>MTU는 링크의 속성입니다(이더넷: 1500바이트). 그 링크가 프레임 하나에 실을 수 있는 가장 큰 패킷입니다.</translation>
    </message>
    <message>
        <source>Broadcast is the address with all ones.</source>
        <translation>브로드캐스트는 모든 비트가 1인 주소이다.</translation>
    </message>
    <message>
        <source>255.255.255.255 is the limited broadcast (this link only); a directed broadcast sets only the host part of a network to ones.</source>
        <translation>255.255.255.255는 제한 브로드캐스트(이 링크만)입니다. 지정 브로드캐스트는 네트워크의 호스트 부분만 모두 1로 만든 주소입니다.</translation>
    </message>
    <message>
        <source>A router reads only the IP header.</source>
        <translation>라우터는 IP 헤더만 읽는다.</translation>
    </message>
    <message>
        <source>DBCP uses ports 67 and 68.</source>
        <translation>DBCP는 67, 68번 포트를 쓴다.</translation>
    </message>
    <message>
        <source>It is DHCP: UDP port 67 is the server, 68 the client (RFC 2131).</source>
        <translation>DHCP입니다. UDP 67번은 서버, 68번은 클라이언트입니다(RFC 2131).</translation>
    </message>
    <message>
        <source>ARP finds the MAC address of the destination.</source>
        <translation>ARP는 목적지의 MAC 주소를 찾는다.</translation>
    </message>
    <message>
        <source>ARP resolves the next hop on the same link: the destination when it is on-link, otherwise the default gateway. Requests are broadcast, replies unicast.</source>
        <translation>ARP는 같은 링크에 있는 다음 홉의 주소를 해석합니다. 목적지가 같은 링크에 있으면 목적지, 아니면 기본 게이트웨이입니다. 요청은 브로드캐스트, 응답은 유니캐스트입니다.</translation>
    </message>
    <message>
        <source>The cache DNS walks root, TLD and authoritative by recursive queries.</source>
        <translation>캐시 DNS는 재귀 질의로 루트, TLD, 권한 있는 서버를 차례로 찾아간다.</translation>
    </message>
    <message>
        <source>Only the stub&apos;s query to the cache DNS is recursive (RD=1); the cache DNS asks root, TLD and authoritative servers iteratively and follows referrals.</source>
        <translation>재귀 질의(RD=1)는 스텁 리졸버가 캐시 DNS에 보내는 질의뿐입니다. 캐시 DNS는 루트, TLD, 권한 있는 서버에 반복 질의를 보내고 위임 정보(referral)를 따라갑니다.</translation>
    </message>
    <message>
        <source>The hosts file is always read before DNS.</source>
        <translation>hosts 파일은 언제나 DNS보다 먼저 읽는다.</translation>
    </message>
    <message>
        <source>The order of hosts file and DNS is a host setting (nsswitch.conf on Linux); most systems read the hosts file first.</source>
        <translation>hosts 파일과 DNS의 순서는 호스트의 설정입니다(리눅스에서는 nsswitch.conf). 대부분의 시스템은 hosts 파일을 먼저 읽습니다.</translation>
    </message>
    <message>
        <source>%1 sends to another network, yet it asks ARP for %2, its gateway: ARP resolves the next hop on the same link, never a destination beyond a router. The request goes to ff:ff:ff:ff:ff:ff; the reply comes back unicast.</source>
        <translation>%1은(는) 다른 네트워크로 보내지만 ARP로는 게이트웨이 %2을(를) 찾습니다. ARP는 같은 링크의 다음 홉만 해석하며, 라우터 너머의 목적지는 찾지 않습니다. 요청은 ff:ff:ff:ff:ff:ff로 가고, 응답은 유니캐스트로 돌아옵니다.</translation>
    </message>
    <message>
        <source>%1 rewrote two fields the notes&apos; list leaves out of the IP header&apos;s story: TTL %2 → %3 and header checksum 0x%4 → 0x%5. The header also carries total length, flags, fragment offset and options (RFC 791).</source>
        <translation>%1은(는) 교재의 IP 헤더 목록에 빠진 필드를 포함해 두 필드를 바꿨습니다: TTL %2 → %3, 헤더 체크섬 0x%4 → 0x%5. 헤더에는 전체 길이, 플래그, 프래그먼트 오프셋, 옵션도 있습니다(RFC 791).</translation>
    </message>
    <message>
        <source>%1 read the frame&apos;s destination MAC (%2, its own), opened the packet, then built a new frame from %3 to %4. A router reads the Ethernet header too; unlike a switch it also reads and changes the IP header.</source>
        <translation>%1은(는) 프레임의 목적지 MAC(%2, 자기 주소)을 읽고 패킷을 연 뒤 %3에서 %4로 가는 새 프레임을 만들었습니다. 라우터도 이더넷 헤더를 읽습니다. 스위치와 달리 IP 헤더도 읽고 바꿉니다.</translation>
    </message>
    <message>
        <source>The next link&apos;s MTU is %1 bytes: a property of the link, not an average packet size. The %2-byte datagram does not fit, so %3 cuts it into %4 fragments.</source>
        <translation>다음 링크의 MTU는 %1바이트입니다. 평균 패킷 크기가 아니라 링크의 속성입니다. %2바이트 데이터그램이 들어가지 않으므로 %3이(가) %4개의 프래그먼트로 나눕니다.</translation>
    </message>
    <message>
        <source>%1 asks %2 with RD=0, an iterative query: the answer is a referral to the next server down, which %1 then asks itself. Only the stub&apos;s query to the cache DNS is recursive (RD=1).</source>
        <translation>%1은(는) %2에 RD=0인 반복 질의를 보냅니다. 응답은 한 단계 아래 서버로의 위임 정보(referral)이고, 그 서버에는 %1이(가) 직접 다시 묻습니다. 재귀 질의(RD=1)는 스텁 리졸버가 캐시 DNS에 보내는 것뿐입니다.</translation>
    </message>
    <message>
        <source>%1 reads its hosts file for %2 and finds it there. Whether the hosts file or DNS comes first is a host setting (nsswitch.conf on Linux); this lab sets it.</source>
        <translation>%1은(는) hosts 파일에서 %2을(를) 찾아 발견합니다. hosts 파일과 DNS 중 무엇을 먼저 볼지는 호스트의 설정이며(리눅스에서는 nsswitch.conf), 이 실습에서 정합니다.</translation>
    </message>
    <message>
        <source>%1 reads its hosts file for %2 and does not find it there. Whether the hosts file or DNS comes first is a host setting (nsswitch.conf on Linux); this lab sets it.</source>
        <translation>%1은(는) hosts 파일에서 %2을(를) 찾지만 없습니다. hosts 파일과 DNS 중 무엇을 먼저 볼지는 호스트의 설정이며(리눅스에서는 nsswitch.conf), 이 실습에서 정합니다.</translation>
    </message>
    <message>
        <source>This HTTP message rides a TCP segment (port %1), as HTTP/2 does too (RFC 9113). Only HTTP/3 uses QUIC over UDP.</source>
        <translation>이 HTTP 메시지는 TCP 세그먼트(포트 %1)에 실려 갑니다. HTTP/2도 마찬가지입니다(RFC 9113). UDP 위의 QUIC을 쓰는 것은 HTTP/3뿐입니다.</translation>
    </message>
    <message>
        <source>DHCP (the notes&apos; &quot;DBCP&quot;): client port 68, server port 67, over UDP (RFC 2131).</source>
        <translation>DHCP(교재의 &quot;DBCP&quot;): 클라이언트 포트 68, 서버 포트 67, UDP 위에서 동작합니다(RFC 2131).</translation>
    </message>
    <message>
        <source>This packet&apos;s TOS octet is 0x%1: DSCP %2 (6 bits) and ECN %3 (2 bits), RFC 2474 and 3168. &quot;0 to 15&quot; was the old 4-bit TOS of RFC 1349.</source>
        <translation>이 패킷의 TOS 옥텟은 0x%1입니다: DSCP %2(6비트)와 ECN %3(2비트), RFC 2474와 3168. &quot;0부터 15&quot;는 RFC 1349의 옛 4비트 TOS입니다.</translation>
    </message>
    <message>
        <source>255.255.255.255 is the limited broadcast: every host on this link receives it and no router forwards it. A directed broadcast sets only the host part to ones (192.168.1.255 for 192.168.1.0/24).</source>
        <translation>255.255.255.255는 제한 브로드캐스트입니다. 이 링크의 모든 호스트가 받고, 어떤 라우터도 전달하지 않습니다. 지정 브로드캐스트는 호스트 부분만 모두 1로 만듭니다(192.168.1.0/24이면 192.168.1.255).</translation>
    </message>
    <message>
        <source>%1 is a directed broadcast: only the host part is all ones, so it is routed to that network and broadcast there. The limited broadcast 255.255.255.255 never leaves the sender&apos;s link.</source>
        <translation>%1은(는) 지정 브로드캐스트입니다. 호스트 부분만 모두 1이므로 그 네트워크까지 라우팅된 뒤 거기서 브로드캐스트됩니다. 제한 브로드캐스트 255.255.255.255는 보낸 쪽 링크를 벗어나지 않습니다.</translation>
    </message>
    <message>
        <source>%1&apos;s SYN announces MSS %2: the largest segment it can receive (1500 − 20 IP − 20 TCP on Ethernet). It is not a standard size: without the option the peer must assume 536 bytes.</source>
        <translation>%1의 SYN은 MSS %2를 알립니다. 자신이 받을 수 있는 가장 큰 세그먼트입니다(이더넷에서 1500 − IP 20 − TCP 20). 표준 크기가 아니며, 옵션이 없으면 상대는 536바이트로 가정해야 합니다.</translation>
    </message>
    <message>
        <source>%1&apos;s SYN carries no MSS option, so the peer may send it segments of at most 536 bytes (RFC 9293), not 1460.</source>
        <translation>%1의 SYN에는 MSS 옵션이 없으므로 상대는 1460이 아니라 최대 536바이트 세그먼트만 보낼 수 있습니다(RFC 9293).</translation>
    </message>
</context>
<context>
    <name>ww::plots::PlotsPanel</name>
    <message>
        <source>TCP connection:</source>
        <translation>TCP 연결:</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit the connection</source>
        <translation>드래그로 이동, 휠로 확대/축소, 더블클릭으로 연결 전체 보기</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>No TCP connection in this lab</source>
        <translation>이 실습에는 TCP 연결이 없습니다</translation>
    </message>
</context>
<context>
    <name>ww::sequence::SequencePanel</name>
    <message>
        <source>Routers on the path</source>
        <translation>경로의 라우터</translation>
    </message>
    <message>
        <source>Relative Seq/Ack</source>
        <translation>상대 Seq/Ack</translation>
    </message>
    <message>
        <source>A lifeline for each router and NAT the packets cross, so every hop shows; otherwise only the two ends</source>
        <translation>패킷이 지나는 라우터와 NAT마다 생명선을 그려 모든 홉을 보여 줍니다. 끄면 양 끝만 보입니다</translation>
    </message>
    <message>
        <source>TCP sequence and acknowledgment numbers counted from each side&apos;s initial sequence number, or as carried. The event list follows the same choice.</source>
        <translation>TCP 시퀀스 번호와 확인 응답 번호를 각 쪽의 초기 시퀀스 번호부터 센 값으로, 또는 실린 그대로 보여 줍니다. 이벤트 목록도 같은 선택을 따릅니다.</translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation>대화:</translation>
    </message>
</context>
<context>
    <name>ww::ui::ArpCacheModel</name>
    <message>
        <source>IP address</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 주소</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>인터페이스</translation>
    </message>
    <message>
        <source>Age (ms)</source>
        <translation>경과 시간 (ms)</translation>
    </message>
</context>
<context>
    <name>ww::ui::AutosaveSetup</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>a lab that was never saved</source>
        <translation>한 번도 저장하지 않은 실습</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>저장하지 않은 변경 사항을 복구할까요?</translation>
    </message>
    <message>
        <source>Wirewalk did not close cleanly. It autosaved %1 at %2.

Recover those changes? Your file is unchanged until you save.</source>
        <translation>Wirewalk가 정상적으로 종료되지 않았습니다. %2에 %1을(를) 자동 저장했습니다.

그 변경 사항을 복구할까요? 저장하기 전까지 원래 파일은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Cannot recover lab</source>
        <translation>실습을 복구할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>%1을(를) 열 수 없습니다:

%2</translation>
    </message>
</context>
<context>
    <name>ww::ui::CanvasLegend</name>
    <message>
        <source>Show &amp;Legend</source>
        <translation>범례 표시(&amp;L)</translation>
    </message>
    <message>
        <source>What the colours of the frames in flight and the dashed cables mean</source>
        <translation>전송 중인 프레임의 색과 점선 케이블이 뜻하는 것</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>lossy cable</source>
        <translation>손실이 있는 케이블</translation>
    </message>
</context>
<context>
    <name>ww::ui::CaptureExportDialog</name>
    <message>
        <source>Export Capture</source>
        <translation>캡처 내보내기</translation>
    </message>
    <message>
        <source>%1 (link %2)</source>
        <translation>%1 (링크 %2)</translation>
    </message>
    <message>
        <source>Every link, into a folder (each at the link&apos;s first end)</source>
        <translation>모든 링크를 한 폴더에 (각각 링크의 첫 번째 끝에서)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Capture at:</source>
        <translation>캡처 지점:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>저장 위치:</translation>
    </message>
    <message>
        <source>One pcapng file per link, named after the link, each showing what the interface at the link&apos;s first end sent and received.</source>
        <translation>링크마다 링크 이름으로 pcapng 파일을 하나씩 만듭니다. 각 파일에는 링크의 첫 번째 끝에 있는 인터페이스가 보내고 받은 프레임이 담깁니다.</translation>
    </message>
    <message>
        <source>What this interface sent (stamped as the first bit leaves) and received (stamped as the last bit arrives). A frame lost on the link appears only on the sending side.</source>
        <translation>이 인터페이스가 보낸 프레임(첫 비트가 나가는 시각으로 기록)과 받은 프레임(마지막 비트가 도착한 시각으로 기록)이 담깁니다. 링크에서 손실된 프레임은 보낸 쪽에만 나타납니다.</translation>
    </message>
    <message>
        <source>Export capture</source>
        <translation>캡처 내보내기</translation>
    </message>
    <message>
        <source>pcapng captures (*.pcapng)</source>
        <translation>pcapng 캡처 (*.pcapng)</translation>
    </message>
    <message>
        <source>Folder for the link captures</source>
        <translation>링크 캡처를 저장할 폴더</translation>
    </message>
</context>
<context>
    <name>ww::ui::DeviceEditor</name>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>L2 switch</source>
        <translation>L2 스위치</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>라우터</translation>
    </message>
    <message>
        <source>L3 switch</source>
        <translation>L3 스위치</translation>
    </message>
    <message>
        <source>none, e.g. 10.0.1.1</source>
        <translation>없음, 예: 10.0.1.1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>needs a name</source>
        <translation>이름이 필요합니다</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IPv4 address/prefix</source>
        <translation>IPv4 주소/프리픽스</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>경유</translation>
    </message>
    <message>
        <source>At (s)</source>
        <translation>시각 (s)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation>간격 (s)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>인터페이스</translation>
    </message>
    <message>
        <source>Static routes</source>
        <translation>정적 경로</translation>
    </message>
    <message>
        <source>Scenario: what this device sends</source>
        <translation>시나리오: 이 장비가 보내는 것</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>two interfaces are named &apos;%1&apos;</source>
        <translation>&apos;%1&apos;이라는 인터페이스가 두 개 있습니다</translation>
    </message>
    <message>
        <source>Not applied:
%1</source>
        <translation>적용되지 않음:
%1</translation>
    </message>
    <message>
        <source>To (address or name)</source>
        <translation>대상 (주소 또는 이름)</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>레코드 유형</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Don&apos;t fragment</source>
        <translation>단편화 금지(DF)</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>출발지 포트</translation>
    </message>
    <message>
        <source>Close after sending</source>
        <translation>보낸 뒤 닫기</translation>
    </message>
    <message>
        <source>Close at (s)</source>
        <translation>닫는 시각 (초)</translation>
    </message>
    <message>
        <source>Action is one of %1; udp and tcp need a port; ping, http and dns take a name to resolve first, dns also the record type</source>
        <translation>동작은 %1 중 하나입니다. udp와 tcp는 포트가 필요하고, ping·http·dns는 먼저 해석할 이름을 받으며 dns는 레코드 유형도 받습니다</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>%1행, %2: %3</translation>
    </message>
    <message>
        <source>a name to look up is needed</source>
        <translation>조회할 이름이 필요합니다</translation>
    </message>
    <message>
        <source>an address or a name is needed</source>
        <translation>주소나 이름이 필요합니다</translation>
    </message>
    <message>
        <source>%1 does not take this; leave it empty</source>
        <translation>%1에는 이 값이 없습니다. 비워 두세요</translation>
    </message>
    <message>
        <source>%1 needs a destination port</source>
        <translation>%1에는 목적지 포트가 필요합니다</translation>
    </message>
    <message>
        <source>%1 is out of range %2-%3 for %4</source>
        <translation>%1은(는) %4의 범위 %2-%3을(를) 벗어납니다</translation>
    </message>
    <message>
        <source>Interfaces, %1</source>
        <translation>인터페이스, %1</translation>
    </message>
    <message>
        <source>Static routes, %1</source>
        <translation>정적 경로, %1</translation>
    </message>
    <message>
        <source>Scenario, %1</source>
        <translation>시나리오, %1</translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation>게이트웨이: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>이름: %1</translation>
    </message>
    <message>
        <source>Unapplied edits</source>
        <translation>적용하지 않은 편집</translation>
    </message>
    <message>
        <source>The edits to %1 are not applied: %2</source>
        <translation>%1의 편집이 적용되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
</context>
<context>
    <name>ww::ui::DevicePalette</name>
    <message>
        <source>Drag onto the canvas to add a %1</source>
        <translation>캔버스로 끌어다 놓아 %1을(를) 추가합니다</translation>
    </message>
</context>
<context>
    <name>ww::ui::DeviceTablesWidget</name>
    <message>
        <source>Device:</source>
        <translation>장비:</translation>
    </message>
    <message>
        <source>MAC table</source>
        <translation>MAC 테이블</translation>
    </message>
    <message>
        <source>ARP cache</source>
        <translation>ARP 캐시</translation>
    </message>
    <message>
        <source>Routing table</source>
        <translation>라우팅 테이블</translation>
    </message>
    <message>
        <source>NAT table</source>
        <translation>NAT 테이블</translation>
    </message>
    <message>
        <source>TCP connections</source>
        <translation>TCP 연결</translation>
    </message>
    <message>
        <source>DNS cache</source>
        <translation>DNS 캐시</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <source>Hosts file</source>
        <translation>hosts 파일</translation>
    </message>
    <message>
        <source>Not looked in: the resolver order leaves it out</source>
        <translation>찾아보지 않음: 리졸버 조회 순서에 없음</translation>
    </message>
    <message>
        <source>Looked in before asking a DNS server</source>
        <translation>DNS 서버에 묻기 전에 찾아봄</translation>
    </message>
    <message>
        <source>Looked in only when DNS has no answer</source>
        <translation>DNS에서 답을 얻지 못할 때만 찾아봄</translation>
    </message>
</context>
<context>
    <name>ww::ui::DhcpSection</name>
    <message>
        <source>DHCP client</source>
        <translation>DHCP 클라이언트</translation>
    </message>
    <message>
        <source>The first interface gets its address from a DHCP server</source>
        <translation>첫 번째 인터페이스가 DHCP 서버에서 주소를 받습니다</translation>
    </message>
    <message>
        <source>DHCP server</source>
        <translation>DHCP 서버</translation>
    </message>
    <message>
        <source>the interface the server answers on, e.g. eth0</source>
        <translation>서버가 응답할 인터페이스, 예: eth0</translation>
    </message>
    <message>
        <source>none, e.g. 10.0.1.1</source>
        <translation>없음, 예: 10.0.1.1</translation>
    </message>
    <message>
        <source>none, e.g. 10.0.2.53</source>
        <translation>없음, 예: 10.0.2.53</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>인터페이스</translation>
    </message>
    <message>
        <source>Pool, first address</source>
        <translation>주소 풀 시작</translation>
    </message>
    <message>
        <source>Pool, last address</source>
        <translation>주소 풀 끝</translation>
    </message>
    <message>
        <source>Router (option 3)</source>
        <translation>라우터 (옵션 3)</translation>
    </message>
    <message>
        <source>DNS server (option 6)</source>
        <translation>DNS 서버 (옵션 6)</translation>
    </message>
    <message>
        <source>Lease (s)</source>
        <translation>임대 시간 (초)</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>DHCP client: %1</source>
        <translation>DHCP 클라이언트: %1</translation>
    </message>
    <message>
        <source>DHCP server, pool: %1</source>
        <translation>DHCP 서버, 주소 풀: %1</translation>
    </message>
    <message>
        <source>DHCP server, router: %1</source>
        <translation>DHCP 서버, 라우터: %1</translation>
    </message>
    <message>
        <source>DHCP server, DNS server: %1</source>
        <translation>DHCP 서버, DNS 서버: %1</translation>
    </message>
    <message>
        <source>DHCP server, lease: %1</source>
        <translation>DHCP 서버, 임대 시간: %1</translation>
    </message>
    <message>
        <source>DHCP server, interface: %1</source>
        <translation>DHCP 서버, 인터페이스: %1</translation>
    </message>
</context>
<context>
    <name>ww::ui::DnsCacheModel</name>
    <message>
        <source>Cache</source>
        <translation>캐시</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>타입</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>TTL left</source>
        <translation>남은 TTL</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>부정 응답</translation>
    </message>
    <message>
        <source>stub</source>
        <translation>스텁</translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation>포워더</translation>
    </message>
    <message>
        <source>resolver</source>
        <translation>캐시 DNS 서버</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
</context>
<context>
    <name>ww::ui::DnsServerSection</name>
    <message>
        <source>must not be empty</source>
        <translation>비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>DNS server on this device</source>
        <translation>이 장비에서 DNS 서버 실행</translation>
    </message>
    <message>
        <source>Authoritative (root, TLD, domain)</source>
        <translation>권한 서버 (루트, TLD, 도메인)</translation>
    </message>
    <message>
        <source>Resolver (recursive, caching)</source>
        <translation>리졸버 (재귀, 캐시)</translation>
    </message>
    <message>
        <source>Forwarder</source>
        <translation>포워더</translation>
    </message>
    <message>
        <source>Authoritative: serves its zones (a root server serves &quot;.&quot;, a TLD server &quot;kr.&quot;). Resolver: answers clients by asking from the root hints down, and caches. Forwarder: passes queries to upstream resolvers, and caches.</source>
        <translation>권한 서버: 자기 영역을 응답합니다 (루트 서버는 &quot;.&quot;, TLD 서버는 &quot;kr.&quot;). 리졸버: 루트 힌트부터 차례로 물어 클라이언트에 답하고 캐시합니다. 포워더: 질의를 상위 리졸버에 넘기고 캐시합니다.</translation>
    </message>
    <message>
        <source>upstream resolvers in order, e.g. 8.8.8.8, 1.1.1.1</source>
        <translation>상위 리졸버(순서대로), 예: 8.8.8.8, 1.1.1.1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>오리진</translation>
    </message>
    <message>
        <source>Primary NS</source>
        <translation>주 네임서버</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>관리자 메일함</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>갱신 주기</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>재시도 주기</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Negative TTL</source>
        <translation>부정 응답 TTL</translation>
    </message>
    <message>
        <source>SOA TTL</source>
        <translation>SOA TTL</translation>
    </message>
    <message>
        <source>Zones (with their SOA)</source>
        <translation>영역 (SOA 포함)</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Name: relative to the zone (&quot;www&quot;), &quot;@&quot; for the zone itself, or absolute with a final dot. Value: A an address; NS, CNAME, PTR a name; MX &quot;10 mail&quot;.</source>
        <translation>이름: 영역 기준 상대 이름(&quot;www&quot;), 영역 자체는 &quot;@&quot;, 또는 끝에 점을 붙인 절대 이름. 값: A는 주소, NS·CNAME·PTR은 이름, MX는 &quot;10 mail&quot;.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Root hints</source>
        <translation>루트 힌트</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>타임아웃 (초)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>Forwarders</source>
        <translation>포워더 대상</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <source>no zone &apos;%1&apos; in the zones table above</source>
        <translation>위 영역 표에 &apos;%1&apos; 영역이 없습니다</translation>
    </message>
    <message>
        <source>DNS server: %1</source>
        <translation>DNS 서버: %1</translation>
    </message>
    <message>
        <source>Forwarders: %1</source>
        <translation>포워더 대상: %1</translation>
    </message>
    <message>
        <source>Forwarders, item %1: %2</source>
        <translation>포워더 대상, %1번째 항목: %2</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>타임아웃: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>시도 횟수: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>역할: %1</translation>
    </message>
</context>
<context>
    <name>ww::ui::DnsSetup</name>
    <message>
        <source>DNS walkthrough</source>
        <translation>DNS 조회 과정</translation>
    </message>
</context>
<context>
    <name>ww::ui::DnsWalkthroughView</name>
    <message>
        <source>Hide steps still to come</source>
        <translation>아직 오지 않은 단계 숨기기</translation>
    </message>
    <message>
        <source>No DNS lookup in this run. Add a &quot;dns&quot; action, or a ping or HTTP request to a name, to the scenario.</source>
        <translation>이 실행에는 DNS 조회가 없습니다. 시나리오에 &quot;dns&quot; 동작이나, 이름으로 보내는 ping 또는 HTTP 요청을 추가하세요.</translation>
    </message>
    <message>
        <source>Which lookup to draw: the applications&apos; lookups in the order they started</source>
        <translation>그릴 조회: 애플리케이션의 조회를 시작한 순서대로</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save this view as SVG, PNG or PDF</source>
        <translation>이 화면을 SVG, PNG, PDF로 저장</translation>
    </message>
    <message>
        <source>Lookup:</source>
        <translation>조회:</translation>
    </message>
    <message>
        <source>Export DNS walkthrough</source>
        <translation>DNS 조회 과정 내보내기</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>SVG 이미지 (*.svg);;PNG 이미지 (*.png);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>DNS walkthrough</source>
        <translation>DNS 조회 과정</translation>
    </message>
    <message>
        <source>Use a .svg, .png or .pdf file name.</source>
        <translation>.svg, .png, .pdf 파일 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>%1. %2 (%3) on %4 at %5 s</source>
        <translation>%1. %4의 %2 (%3), %5초</translation>
    </message>
</context>
<context>
    <name>ww::ui::DnsZoneModel</name>
    <message>
        <source>Zone</source>
        <translation>영역</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>타입</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>root hints</source>
        <translation>루트 힌트</translation>
    </message>
    <message>
        <source>forwarders</source>
        <translation>포워더</translation>
    </message>
</context>
<context>
    <name>ww::ui::EditorTable</name>
    <message>
        <source>Add a row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>선택한 행 삭제</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <source>%1, row %2, %3: %4</source>
        <translation>%1, %2행, %3: %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>%1번째 항목: %2</translation>
    </message>
</context>
<context>
    <name>ww::ui::EventListModel</name>
    <message>
        <source>Time (ms)</source>
        <translation>시간 (ms)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장비</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>계층</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>The layer where this step happens, in the four-layer model: a frame on a link is Network interface, a router choosing a route is Internet, a TCP state change is Transport, a ping or a DHCP lease is Application.</source>
        <translation>이 단계가 일어나는 계층(4계층 모델): 링크 위의 프레임은 네트워크 인터페이스, 경로를 고르는 라우터는 인터넷, TCP 상태 변화는 트랜스포트, ping이나 DHCP 임대는 애플리케이션 계층입니다.</translation>
    </message>
    <message>
        <source>The highest protocol in the PDU, as a packet analyser shows it</source>
        <translation>PDU 안에서 가장 상위의 프로토콜 (패킷 분석기가 보여 주는 방식과 같음)</translation>
    </message>
    <message>
        <source>Summary (TCP Seq/Ack relative)</source>
        <translation>요약 (TCP Seq/Ack 상대값)</translation>
    </message>
    <message>
        <source>Summary (TCP Seq/Ack absolute)</source>
        <translation>요약 (TCP Seq/Ack 절대값)</translation>
    </message>
</context>
<context>
    <name>ww::ui::EventListView</name>
    <message>
        <source>Show details</source>
        <translation>세부 정보 표시</translation>
    </message>
    <message>
        <source>Also list headers added and removed, transmit ends, arrivals and passed checks</source>
        <translation>추가·제거된 헤더, 송신 완료, 도착, 통과한 검사도 함께 표시합니다</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>프로토콜:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>장비:</translation>
    </message>
    <message>
        <source>All protocols</source>
        <translation>모든 프로토콜</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>모든 장비</translation>
    </message>
    <message>
        <source>Relative Seq/Ack</source>
        <translation>상대 Seq/Ack</translation>
    </message>
    <message>
        <source>TCP sequence and acknowledgment numbers counted from each side&apos;s initial sequence number (as Wireshark shows them), or as carried. The sequence diagram follows the same choice.</source>
        <translation>TCP 시퀀스 번호와 확인 응답 번호를 각 쪽의 초기 시퀀스 번호부터 센 값(Wireshark가 보여 주는 방식)으로, 또는 실린 그대로 보여 줍니다. 시퀀스 다이어그램도 같은 선택을 따릅니다.</translation>
    </message>
</context>
<context>
    <name>ww::ui::ExportSetup</name>
    <message>
        <source>Export &amp;View…</source>
        <translation>보기 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>Export All &amp;Diagrams…</source>
        <translation>모든 그림 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>보기 내보내기</translation>
    </message>
    <message>
        <source>Nothing to draw until the lab&apos;s problems are fixed.</source>
        <translation>실습의 문제를 고치기 전에는 그릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>No such view: %1</source>
        <translation>없는 보기입니다: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>내보냈습니다: %1</translation>
    </message>
    <message>
        <source>Export All Diagrams</source>
        <translation>모든 그림 내보내기</translation>
    </message>
    <message>
        <source>Drawing the diagrams…</source>
        <translation>그림을 그리는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Not drawn:
%1</source>
        <translation>그리지 못한 그림:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n diagram(s) to %1</source>
        <translation>
            <numerusform>그림 %n개를 %1에 내보냈습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ww::ui::GuideDialog</name>
    <message>
        <source>Wirewalk Guide</source>
        <translation>Wirewalk 안내서</translation>
    </message>
</context>
<context>
    <name>ww::ui::HostsFileModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
</context>
<context>
    <name>ww::ui::InspectorSetup</name>
    <message>
        <source>Packet inspector</source>
        <translation>패킷 검사기</translation>
    </message>
    <message>
        <source>Encapsulation</source>
        <translation>캡슐화</translation>
    </message>
</context>
<context>
    <name>ww::ui::LabBrowser</name>
    <message>
        <source>Search labs: a word in English or Korean</source>
        <translation>실습 검색: 한국어나 영어 낱말</translation>
    </message>
    <message>
        <source>Search labs</source>
        <translation>실습 검색</translation>
    </message>
    <message>
        <source>Built-in labs</source>
        <translation>내장 실습</translation>
    </message>
</context>
<context>
    <name>ww::ui::LabBrowserDialog</name>
    <message>
        <source>Open Built-in Lab</source>
        <translation>내장 실습 열기</translation>
    </message>
</context>
<context>
    <name>ww::ui::LabBrowserSetup</name>
    <message>
        <source>Open &amp;Built-in Lab…</source>
        <translation>내장 실습 열기(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>ww::ui::LabDocument</name>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>ww::ui::LabNotesPanel</name>
    <message>
        <source>Section: %1</source>
        <translation>단원: %1</translation>
    </message>
    <message>
        <source>This lab has no description. A lab file can carry one in English and Korean (&quot;description&quot;: {&quot;en&quot;: …, &quot;ko&quot;: …}).</source>
        <translation>이 실습에는 설명이 없습니다. 실습 파일에 영어와 한국어 설명을 넣을 수 있습니다(&quot;description&quot;: {&quot;en&quot;: …, &quot;ko&quot;: …}).</translation>
    </message>
</context>
<context>
    <name>ww::ui::LabNotesSetup</name>
    <message>
        <source>Lab Notes</source>
        <translation>실습 노트</translation>
    </message>
</context>
<context>
    <name>ww::ui::LessonOpenDialog</name>
    <message>
        <source>Open Lesson</source>
        <translation>레슨 열기</translation>
    </message>
    <message>
        <source>Built-in lessons, in the order of the course notes:</source>
        <translation>내장 레슨(교재 순서):</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>파일에서(&amp;F)…</translation>
    </message>
    <message>
        <source>Open Lesson File</source>
        <translation>레슨 파일 열기</translation>
    </message>
    <message>
        <source>Wirewalk lessons (*.json)</source>
        <translation>Wirewalk 레슨 (*.json)</translation>
    </message>
</context>
<context>
    <name>ww::ui::LessonPanel</name>
    <message>
        <source>Check Answer</source>
        <translation>정답 확인</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation>레슨 닫기</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>Previous step (Page Up, Alt+Left)</source>
        <translation>이전 단계 (Page Up, Alt+왼쪽)</translation>
    </message>
    <message>
        <source>Next step (Page Down, Alt+Right)</source>
        <translation>다음 단계 (Page Down, Alt+오른쪽)</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>열린 레슨 없음</translation>
    </message>
    <message>
        <source>File &gt; Open Lesson… steps through a lab with narration and questions. Common misconceptions are shown here during playback.</source>
        <translation>파일 &gt; 레슨 열기…로 설명과 문제를 따라 실습을 한 단계씩 진행합니다. 재생 중에는 흔한 오해가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Pick an answer first.</source>
        <translation>먼저 답을 고르세요.</translation>
    </message>
    <message>
        <source>Type an answer first.</source>
        <translation>먼저 답을 입력하세요.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>맞았습니다.</translation>
    </message>
    <message>
        <source>Not quite: the answer is “%1”.</source>
        <translation>아쉽습니다. 정답은 “%1”입니다.</translation>
    </message>
    <message>
        <source>The notes: %1</source>
        <translation>교재: %1</translation>
    </message>
</context>
<context>
    <name>ww::ui::LessonSetup</name>
    <message>
        <source>Lesson</source>
        <translation>레슨</translation>
    </message>
    <message>
        <source>Open &amp;Lesson…</source>
        <translation>레슨 열기(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>이전 단계(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>레슨 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>레슨을 열 수 없음</translation>
    </message>
    <message>
        <source>%1 could not be opened:</source>
        <translation>%1을(를) 열 수 없습니다:</translation>
    </message>
    <message>
        <source>The lab of %1 could not be opened:</source>
        <translation>%1의 실습을 열 수 없습니다:</translation>
    </message>
    <message>
        <source>the current lab was kept</source>
        <translation>현재 실습을 그대로 두었습니다</translation>
    </message>
    <message>
        <source>the lab cannot be played</source>
        <translation>실습을 재생할 수 없습니다</translation>
    </message>
    <message>
        <source>The lesson ended: its steps are not in the changed lab</source>
        <translation>레슨이 끝났습니다: 바뀐 실습에서 레슨의 단계를 찾을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ww::ui::LinkEditor</name>
    <message>
        <source>a link needs a name</source>
        <translation>링크에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>a link named &apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos;이라는 링크가 이미 있습니다</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>양 끝</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Bandwidth (bit/s)</source>
        <translation>대역폭 (bit/s)</translation>
    </message>
    <message>
        <source>Delay (ms, one way)</source>
        <translation>지연 (ms, 단방향)</translation>
    </message>
    <message>
        <source>MTU (bytes)</source>
        <translation>MTU (바이트)</translation>
    </message>
    <message>
        <source>Loss (0-1)</source>
        <translation>손실률 (0-1)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>none, e.g. 3, 7 (the 3rd and 7th frame sent)</source>
        <translation>없음, 예: 3, 7 (3번째와 7번째로 보낸 프레임)</translation>
    </message>
    <message>
        <source>Bit error rate (0-1)</source>
        <translation>비트 오류율 (0-1)</translation>
    </message>
    <message>
        <source>Queue (frames)</source>
        <translation>큐 길이 (프레임)</translation>
    </message>
    <message>
        <source>Frames to lose</source>
        <translation>잃어버릴 프레임</translation>
    </message>
    <message>
        <source>Unapplied edits</source>
        <translation>적용하지 않은 편집</translation>
    </message>
    <message>
        <source>The edits to link %1 are not applied: a field is not valid.</source>
        <translation>링크 %1의 편집이 적용되지 않았습니다: 올바르지 않은 값이 있습니다.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
</context>
<context>
    <name>ww::ui::MacTableModel</name>
    <message>
        <source>MAC address</source>
        <translation>MAC 주소</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Age (ms)</source>
        <translation>경과 시간 (ms)</translation>
    </message>
</context>
<context>
    <name>ww::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Wirewalk labs (*.json)</source>
        <translation>Wirewalk 실습 (*.json)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>장비</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Drag devices from the palette; Shift+drag or right-drag from one device to another to cable them</source>
        <translation>팔레트에서 장비를 끌어 놓으세요. 장비에서 다른 장비로 Shift+드래그하거나 오른쪽 버튼으로 드래그하면 케이블로 연결합니다</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>이름 바꾸기(&amp;N)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Select and Move</source>
        <translation>선택 및 이동(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Link Devices</source>
        <translation>장비 연결(&amp;L)</translation>
    </message>
    <message>
        <source>Drag from one device to another to cable them</source>
        <translation>장비에서 다른 장비로 드래그하면 케이블로 연결합니다</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>캔버스</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open lab</source>
        <translation>실습을 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>%1을(를) 열 수 없습니다:

%2</translation>
    </message>
    <message>
        <source>Open lab</source>
        <translation>실습 열기</translation>
    </message>
    <message>
        <source>The lab has problems</source>
        <translation>실습에 문제가 있습니다</translation>
    </message>
    <message>
        <source>Wirewalk will not open this file until these are fixed:

%1

Save anyway?</source>
        <translation>다음 문제를 고치기 전에는 Wirewalk가 이 파일을 열지 않습니다:

%1

그래도 저장할까요?</translation>
    </message>
    <message>
        <source>Cannot save lab</source>
        <translation>실습을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Save lab</source>
        <translation>실습 저장</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다. 저장할까요?</translation>
    </message>
    <message>
        <source>%1[*] — Wirewalk</source>
        <translation>%1[*] — Wirewalk</translation>
    </message>
    <message>
        <source>Export &amp;Capture…</source>
        <translation>캡처 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Capture</source>
        <translation>캡처 내보내기</translation>
    </message>
    <message>
        <source>Nothing to capture until the lab&apos;s problems are fixed.</source>
        <translation>실습의 문제를 고치기 전에는 캡처할 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Capture written: %n file(s)</source>
        <translation>
            <numerusform>캡처를 저장했습니다: 파일 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ww::ui::NatSection</name>
    <message>
        <source>Forward directed broadcasts</source>
        <translation>지정 브로드캐스트 전달</translation>
    </message>
    <message>
        <source>Internet router</source>
        <translation>인터넷 라우터</translation>
    </message>
    <message>
        <source>Drops packets to private (RFC 1918) addresses, as the Internet does</source>
        <translation>인터넷처럼 사설(RFC 1918) 주소로 가는 패킷을 폐기합니다</translation>
    </message>
    <message>
        <source>NAT (NAPT) between two interfaces</source>
        <translation>두 인터페이스 사이의 NAT (NAPT)</translation>
    </message>
    <message>
        <source>an interface name, e.g. eth0</source>
        <translation>인터페이스 이름, 예: eth0</translation>
    </message>
    <message>
        <source>Inside address</source>
        <translation>내부 주소</translation>
    </message>
    <message>
        <source>Global address</source>
        <translation>외부(글로벌) 주소</translation>
    </message>
    <message>
        <source>Static NAT (one-to-one)</source>
        <translation>정적 NAT (일대일)</translation>
    </message>
    <message>
        <source>Inside interface</source>
        <translation>내부 인터페이스</translation>
    </message>
    <message>
        <source>Outside interface</source>
        <translation>외부 인터페이스</translation>
    </message>
    <message>
        <source>Mapping timeout (s)</source>
        <translation>매핑 유지 시간 (초)</translation>
    </message>
    <message>
        <source>Forwarding and NAT</source>
        <translation>전달과 NAT</translation>
    </message>
    <message>
        <source>NAT, outside interface: %1</source>
        <translation>NAT, 외부 인터페이스: %1</translation>
    </message>
    <message>
        <source>NAT, mapping timeout: %1</source>
        <translation>NAT, 매핑 유지 시간: %1</translation>
    </message>
    <message>
        <source>NAT, inside interface: %1</source>
        <translation>NAT, 내부 인터페이스: %1</translation>
    </message>
</context>
<context>
    <name>ww::ui::NatTableModel</name>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>내부</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>공인</translation>
    </message>
    <message>
        <source>Created (ms)</source>
        <translation>생성 (ms)</translation>
    </message>
</context>
<context>
    <name>ww::ui::PduToken</name>
    <message>
        <source>%1
Frame %2: click to lose it on this link</source>
        <translation>%1
프레임 %2: 클릭하면 이 링크에서 잃어버립니다</translation>
    </message>
</context>
<context>
    <name>ww::ui::PlaybackSetup</name>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Device tables</source>
        <translation>장비 테이블</translation>
    </message>
    <message>
        <source>Frame %1 dropped: what follows is simulated again without it</source>
        <translation>프레임 %1 폐기됨: 이후는 이 프레임 없이 다시 시뮬레이션합니다</translation>
    </message>
    <message>
        <source>Playback is off until the lab&apos;s problems are fixed</source>
        <translation>실습의 문제를 고칠 때까지 재생할 수 없습니다</translation>
    </message>
    <message>
        <source>The lab changed: playback starts again from the beginning</source>
        <translation>실습이 바뀌었습니다: 처음부터 다시 재생합니다</translation>
    </message>
    <message>
        <source>The simulation stopped at %1 s: it reached its budget of %2 events. A lab this busy usually has a loop or a storm (a switching loop, a routing loop, very many repetitions). Playback shows what happened up to the stop.</source>
        <translation>시뮬레이션이 %1초에 멈췄습니다: 이벤트 한도 %2개에 도달했습니다. 이렇게 바쁜 실습에는 대개 루프나 폭주가 있습니다 (스위칭 루프, 라우팅 루프, 지나치게 많은 반복). 재생은 멈춘 시점까지 일어난 일을 보여 줍니다.</translation>
    </message>
    <message>
        <source>The simulation stopped at %1 s: the packets and events it held reached %2 MiB, over its memory budget of %3 MiB. Playback shows what happened up to the stop.</source>
        <translation>시뮬레이션이 %1초에 멈췄습니다: 메모리에 보관한 패킷과 이벤트가 %2 MiB로 메모리 한도 %3 MiB를 넘었습니다. 재생은 멈춘 시점까지 일어난 일을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Simulation stopped</source>
        <translation>시뮬레이션 멈춤</translation>
    </message>
    <message>
        <source>Recording %p%</source>
        <translation>기록 중 %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop recording this lab (playback stays off until it is recorded)</source>
        <translation>이 실습의 기록을 멈춥니다(다시 기록할 때까지 재생은 꺼져 있습니다)</translation>
    </message>
    <message>
        <source>Recording the lab…</source>
        <translation>실습을 기록하는 중…</translation>
    </message>
    <message>
        <source>Recording cancelled: playback is off until the lab is recorded</source>
        <translation>기록이 취소되었습니다: 실습을 다시 기록할 때까지 재생은 꺼져 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n event(s)</source>
        <translation>
            <numerusform>기록 완료: 이벤트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Record everything? That can take a while and up to %1 MiB of memory.</source>
        <translation>전부 기록할까요? 시간이 걸릴 수 있고 메모리를 최대 %1 MiB까지 씁니다.</translation>
    </message>
    <message>
        <source>Record everything</source>
        <translation>전부 기록</translation>
    </message>
    <message>
        <source>Simulating again without frame %1…</source>
        <translation>프레임 %1 없이 다시 시뮬레이션하는 중…</translation>
    </message>
    <message>
        <source>Drop cancelled: frame %1 goes through as before</source>
        <translation>폐기 취소: 프레임 %1은(는) 이전처럼 전달됩니다</translation>
    </message>
    <message numerus="yes">
        <source>Passed over %n event(s) the list hides (tick &quot;%1&quot; or clear the filters to step through them)</source>
        <translation>
            <numerusform>목록에 숨겨진 이벤트 %n개를 건너뛰었습니다(&quot;%1&quot;을(를) 켜거나 필터를 지우면 하나씩 볼 수 있습니다)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ww::ui::PlaybackToolbar</name>
    <message>
        <source>Playback</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>이전 프레임</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>다음 프레임</translation>
    </message>
    <message>
        <source>1/100000×</source>
        <translation>1/100000×</translation>
    </message>
    <message>
        <source>1/10000×</source>
        <translation>1/10000×</translation>
    </message>
    <message>
        <source>1/1000×</source>
        <translation>1/1000×</translation>
    </message>
    <message>
        <source>1/100×</source>
        <translation>1/100×</translation>
    </message>
    <message>
        <source>1/10×</source>
        <translation>1/10×</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>10×</source>
        <translation>10×</translation>
    </message>
    <message>
        <source>Simulated time per wall-clock second</source>
        <translation>실제 1초당 시뮬레이션 시간</translation>
    </message>
    <message>
        <source>Simulated time: drag to scrub</source>
        <translation>시뮬레이션 시간: 끌어서 이동</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>%1 ms / %2 s</source>
        <translation>%1 ms / %2 s</translation>
    </message>
</context>
<context>
    <name>ww::ui::PlotsSetup</name>
    <message>
        <source>TCP plots</source>
        <translation>TCP 그래프</translation>
    </message>
</context>
<context>
    <name>ww::ui::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>발표자 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large and high-contrast, for a projector (F11; Esc leaves)</source>
        <translation>프로젝터용 전체 화면: 크게, 고대비로 (F11, Esc로 나가기)</translation>
    </message>
</context>
<context>
    <name>ww::ui::PropertiesPanel</name>
    <message>
        <source>Select one device or link to edit it.</source>
        <translation>편집할 장비나 링크를 하나 선택하세요.</translation>
    </message>
</context>
<context>
    <name>ww::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>ww::ui::ResolverSection</name>
    <message>
        <source>Own resolver settings</source>
        <translation>리졸버 직접 설정</translation>
    </message>
    <message>
        <source>Otherwise: the hosts file first, then the DNS server DHCP gives</source>
        <translation>설정하지 않으면 hosts 파일을 먼저 보고, 다음에 DHCP가 알려 준 DNS 서버에 묻습니다</translation>
    </message>
    <message>
        <source>in order, e.g. 10.0.2.53; empty: from DHCP</source>
        <translation>순서대로, 예: 10.0.2.53; 비우면 DHCP에서 받음</translation>
    </message>
    <message>
        <source>Hosts file first, then DNS</source>
        <translation>hosts 파일 먼저, 다음에 DNS</translation>
    </message>
    <message>
        <source>DNS first, then the hosts file</source>
        <translation>DNS 먼저, 다음에 hosts 파일</translation>
    </message>
    <message>
        <source>Hosts file only</source>
        <translation>hosts 파일만</translation>
    </message>
    <message>
        <source>DNS only</source>
        <translation>DNS만</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Hosts file</source>
        <translation>hosts 파일</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <source>Lookup order</source>
        <translation>조회 순서</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>타임아웃 (초)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>이름 해석</translation>
    </message>
    <message>
        <source>Resolver: %1</source>
        <translation>리졸버: %1</translation>
    </message>
    <message>
        <source>DNS servers: %1</source>
        <translation>DNS 서버: %1</translation>
    </message>
    <message>
        <source>DNS servers, item %1: %2</source>
        <translation>DNS 서버, %1번째 항목: %2</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>타임아웃: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>시도 횟수: %1</translation>
    </message>
    <message>
        <source>Lookup order: %1</source>
        <translation>조회 순서: %1</translation>
    </message>
</context>
<context>
    <name>ww::ui::RoutingTableModel</name>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation>다음 홉</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>인터페이스</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>직접 연결</translation>
    </message>
    <message>
        <source>static</source>
        <translation>정적</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>on-link</source>
        <translation>같은 링크</translation>
    </message>
    <message>
        <source>connected (DHCP)</source>
        <translation>직접 연결 (DHCP)</translation>
    </message>
    <message>
        <source>default (DHCP)</source>
        <translation>기본 경로 (DHCP)</translation>
    </message>
</context>
<context>
    <name>ww::ui::SequenceSetup</name>
    <message>
        <source>Sequence diagram</source>
        <translation>시퀀스 다이어그램</translation>
    </message>
</context>
<context>
    <name>ww::ui::ServicesSection</name>
    <message>
        <source>Web server on port 80</source>
        <translation>80번 포트 웹 서버</translation>
    </message>
    <message>
        <source>TCP delays its ACKs (delayed ACK)</source>
        <translation>TCP가 ACK를 늦춤 (지연 ACK)</translation>
    </message>
    <message>
        <source>ports, e.g. 9, 5000</source>
        <translation>포트, 예: 9, 5000</translation>
    </message>
    <message>
        <source>groups joined, e.g. 239.1.1.1</source>
        <translation>가입한 그룹, 예: 239.1.1.1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>수신 버퍼</translation>
    </message>
    <message>
        <source>Read bytes (0: all)</source>
        <translation>읽는 바이트 (0: 전부)</translation>
    </message>
    <message>
        <source>Read every (s)</source>
        <translation>읽기 간격 (초)</translation>
    </message>
    <message>
        <source>Close at (s)</source>
        <translation>닫는 시각 (초)</translation>
    </message>
    <message>
        <source>TCP listeners</source>
        <translation>TCP 수신 대기</translation>
    </message>
    <message>
        <source>UDP listening ports</source>
        <translation>UDP 수신 포트</translation>
    </message>
    <message>
        <source>Multicast groups</source>
        <translation>멀티캐스트 그룹</translation>
    </message>
    <message>
        <source>Applications and transport</source>
        <translation>애플리케이션과 전송 계층</translation>
    </message>
    <message>
        <source>UDP listening ports: %1</source>
        <translation>UDP 수신 포트: %1</translation>
    </message>
    <message>
        <source>Multicast groups: %1</source>
        <translation>멀티캐스트 그룹: %1</translation>
    </message>
    <message>
        <source>Delayed ACK: %1</source>
        <translation>지연 ACK: %1</translation>
    </message>
    <message>
        <source>Web server: %1</source>
        <translation>웹 서버: %1</translation>
    </message>
</context>
<context>
    <name>ww::ui::StartPage</name>
    <message>
        <source>Choose a lab</source>
        <translation>실습 고르기</translation>
    </message>
    <message>
        <source>The built-in labs follow the sections of the course notes. Each one shows what happens on the wire, step by step; pick one to open it, or type a word to find one.</source>
        <translation>내장 실습은 강의 노트의 단원 순서를 따릅니다. 각 실습은 선 위에서 일어나는 일을 단계별로 보여 줍니다. 하나를 골라 열거나, 낱말을 입력해 찾아보세요.</translation>
    </message>
    <message>
        <source>Continue with “%1”</source>
        <translation>“%1” 계속하기</translation>
    </message>
    <message>
        <source>Close this page (Esc) and keep the lab that is open</source>
        <translation>이 페이지를 닫고(Esc) 열려 있는 실습을 계속합니다</translation>
    </message>
</context>
<context>
    <name>ww::ui::TcpConnectionModel</name>
    <message>
        <source>Local</source>
        <translation>로컬</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>원격</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>ww::ui::TextTableModel</name>
    <message>
        <source>row %1, %2: %3</source>
        <translation>%1행, %2: %3</translation>
    </message>
</context>
<context>
    <name>ww::ui::TopologyScene</name>
    <message>
        <source>No free interface</source>
        <translation>빈 인터페이스 없음</translation>
    </message>
    <message>
        <source>Every interface of %1 is cabled. Add interface %2 for this link?</source>
        <translation>%1의 모든 인터페이스에 케이블이 연결되어 있습니다. 이 링크에 쓸 인터페이스 %2을(를) 추가할까요?</translation>
    </message>
    <message>
        <source>No link made: %1 has no free interface</source>
        <translation>링크를 만들지 않았습니다: %1에 빈 인터페이스가 없습니다</translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation>%1의 이름을 바꿀 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ww::ui::VlanSection</name>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>SVI address/prefix</source>
        <translation>SVI 주소/프리픽스</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>VLANs and their routed interfaces (SVI)</source>
        <translation>VLAN과 라우팅 인터페이스 (SVI)</translation>
    </message>
</context>
<context>
    <name>ww::ui::classroom::ActLive</name>
    <message>
        <source>Ping…</source>
        <translation>Ping…</translation>
    </message>
    <message>
        <source>Traceroute…</source>
        <translation>Traceroute…</translation>
    </message>
    <message>
        <source>HTTP GET…</source>
        <translation>HTTP GET…</translation>
    </message>
    <message>
        <source>DNS Lookup…</source>
        <translation>DNS 조회…</translation>
    </message>
</context>
<context>
    <name>ww::ui::classroom::ActLiveDialog</name>
    <message>
        <source>Name to look up:</source>
        <translation>조회할 이름:</translation>
    </message>
    <message>
        <source>To (address or name):</source>
        <translation>대상 (주소 또는 이름):</translation>
    </message>
    <message>
        <source>Ping from %1</source>
        <translation>%1에서 ping</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>횟수:</translation>
    </message>
    <message>
        <source>Traceroute from %1</source>
        <translation>%1에서 traceroute</translation>
    </message>
    <message>
        <source>UDP (Linux default)</source>
        <translation>UDP (Linux 기본값)</translation>
    </message>
    <message>
        <source>ICMP echo (traceroute -I)</source>
        <translation>ICMP 에코 (traceroute -I)</translation>
    </message>
    <message>
        <source>Probes:</source>
        <translation>탐색 패킷:</translation>
    </message>
    <message>
        <source>HTTP GET from %1</source>
        <translation>%1에서 HTTP GET</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>경로:</translation>
    </message>
    <message>
        <source>DNS lookup from %1</source>
        <translation>%1에서 DNS 조회</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>레코드 유형:</translation>
    </message>
</context>
<context>
    <name>ww::ui::classroom::PredictPanel</name>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Prediction is on. Play or step: before the next event a question appears here, and playback waits for your answer.</source>
        <translation>예측 모드가 켜졌습니다. 재생하거나 한 단계씩 넘기세요: 다음 이벤트 전에 여기에 질문이 나오고, 답할 때까지 재생이 기다립니다.</translation>
    </message>
    <message>
        <source>Prediction is off (Ctrl+Shift+P turns it on).</source>
        <translation>예측 모드가 꺼져 있습니다 (Ctrl+Shift+P로 켭니다).</translation>
    </message>
    <message>
        <source>a MAC, e.g. 02:00:00:aa:bb:cc</source>
        <translation>MAC 주소, 예: 02:00:00:aa:bb:cc</translation>
    </message>
    <message>
        <source>numbers, e.g. 0, 800</source>
        <translation>숫자들, 예: 0, 800</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Score for this lab: %1 of %2</source>
        <translation>이 실습의 점수: %2문제 중 %1개 정답</translation>
    </message>
</context>
<context>
    <name>ww::ui::classroom::PredictSetup</name>
    <message>
        <source>Predict</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Prediction mode: before the next event plays, say what will happen (Ctrl+Shift+P)</source>
        <translation>예측 모드: 다음 이벤트가 재생되기 전에 무슨 일이 일어날지 답하세요 (Ctrl+Shift+P)</translation>
    </message>
</context>
</TS>
