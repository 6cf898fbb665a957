#pragma once

#include "models/conversations.h"

#include <QColor>
#include <QCoreApplication>
#include <QRect>
#include <QSize>
#include <QString>
#include <optional>
#include <vector>

class QPainter;

namespace ww::sequence {

struct SequenceColors;

struct DiagramOptions {
    bool routers = false;           // a lifeline for each router or NAT on the path
    bool relative = true;           // TCP sequence numbers relative to each side's ISN
    bool print = true;              // light print colours; false: the window's palette
    std::optional<SimTime> until;   // leave out what happens after this moment
    std::size_t maxMessages = 2000; // a diagram this long is cut (a note says so)
};

// One arrow: a message (or one hop of it) from lifeline to lifeline.
struct Arrow {
    int fromColumn = 0, toColumn = 0;
    int y1 = 0, y2 = 0;       // send and arrival (or loss) rows
    SimTime t1 = 0, t2 = 0;   // their moments
    double endAt = 1.0;       // < 1: lost on the way, the X at this fraction of the way
    QString label;            // "SYN, ACK seq=0 ack=1"
    QString tag;              // after the label: "duplicate ACK #2", "retransmission (timeout)"
    QString detail;           // second line: "win=64240 MSS=1460", the loss reason, ...
    std::size_t event = 0;    // the send event (clicking selects it)
    std::size_t endEvent = 0; // the arrival or the drop
    std::size_t message = 0;  // index into Conversations::messages()
    bool lost = false;
    bool answered = false; // reached a host that refused or ignored it (RST, ICMP error, broadcast)
    bool retransmission = false;
    bool duplicateAck = false;
    bool reset = false;
};

enum class MarkKind : std::uint8_t { State, Rtt, Rto, Callout, Gap };

// Text at a moment on a lifeline (a TCP state, an RTT sample, an RTO change), a
// misconception callout, or a compressed stretch of idle time.
struct Mark {
    MarkKind kind = MarkKind::State;
    int column = 0;
    int y = 0;
    int y2 = 0; // a span's end (RTT bracket, TIME-WAIT bar); == y otherwise
    QString text;
    QString title; // callouts: "흔한 오해" heading
    std::size_t event = 0;
    bool timeWait = false;    // the 2 MSL bar
    SimTime t1 = 0, t2 = 0;   // the moments of y and y2
    int noteY = 0, noteH = 0; // notes (RTT, RTO, callouts): their box in the right column
};

// What a view marks on the diagram.
struct DiagramHighlight {
    std::optional<SimTime> now; // the playback moment: a line across
    int selectedArrow = -1;
    // A short view: the sticky header is the lifelines' names only (no title, no addresses).
    bool compactHeader = false;
};

// A conversation drawn as a ladder: lifelines across, time down. Built once;
// painting only touches rows in the clip, so a 50 000-event run scrolls.
class SequenceDiagram {
    Q_DECLARE_TR_FUNCTIONS(SequenceDiagram)
public:
    SequenceDiagram(const ui::RecordedRun& run, const ui::Conversations& conversations,
                    const ui::Conversation& conversation, DiagramOptions options = {});

    QSize size() const { return size_; }
    int headerHeight(bool compact = false) const;
    const std::vector<DeviceId>& lifelines() const { return lifelines_; }
    QStringList lifelineNames() const;
    const std::vector<Arrow>& arrows() const { return arrows_; }
    const std::vector<Mark>& marks() const { return marks_; }
    // Bars, brackets and notes: TIME-WAIT, RTT samples, RTO changes, callouts.
    const std::vector<Mark>& spans() const { return spans_; }
    QString title() const { return title_; }
    bool cut() const { return cut_; }

    // The row of a moment (between anchors: interpolated), and of an event.
    int yAt(SimTime t) const;
    int columnX(int column) const;
    // The arrow under a point (its line or its label), -1 if none.
    int arrowAt(QPoint p) const;
    // The arrow whose message this event belongs to (sent, hop or arrival), -1 if none.
    int arrowForEvent(std::size_t event) const;

    using Highlight = DiagramHighlight;
    // Paints what intersects `clip` (all when null); the header at `headerTop`
    // (a scrolling view keeps it in sight).
    void paint(QPainter& p, QRect clip = {}, const Highlight& h = {}, int headerTop = 0) const;

private:
    void build(const ui::RecordedRun& run, const ui::Conversations& conversations,
               const ui::Conversation& conversation);
    void placeRows(const std::vector<SimTime>& starts, const std::vector<SimTime>& anchors);
    void paintHeader(QPainter& p, int top, const SequenceColors& c) const;
    void paintCompactHeader(QPainter& p, int top, const SequenceColors& c) const;
    void paintArrow(QPainter& p, const Arrow& a, bool selected, bool labels,
                    const SequenceColors& c) const;
    void paintLabels(QPainter& p, const Arrow& a, const QColor& ink, const SequenceColors& c) const;
    void paintMark(QPainter& p, const Mark& m, const Highlight& h, const SequenceColors& c) const;
    void placeNotes();
    int notesX() const;

    DiagramOptions options_;
    QString title_;
    std::vector<DeviceId> lifelines_;
    QStringList names_, addresses_;
    std::vector<Arrow> arrows_; // by top row
    std::vector<Mark> marks_;   // by row
    std::vector<Mark> spans_;   // tall marks (bars, brackets, callouts): few, checked one by one
    std::vector<SimTime> anchorT_;
    std::vector<int> anchorY_;
    std::vector<int> arrowTopIndex_; // arrows_ indexes sorted by top
    int maxArrowSpan_ = 0;
    std::vector<std::pair<std::size_t, int>> eventArrow_; // (event, arrow), sorted
    int spacing_ = 420;
    int left_ = 0;
    QSize size_;
    bool cut_ = false;
    SimTime end_ = 0;
};

// "SYN-SENT", "TIME-WAIT" as RFC 9293 writes them.
QString tcpStateName(TcpState s);

} // namespace ww::sequence
