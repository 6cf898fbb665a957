#pragma once

#include "inspector/encapsulation_story.h"

#include <QRect>
#include <QSize>
#include <QString>
#include <vector>

class QPainter;

namespace ww::inspector {

// Draws an encapsulation story as the four-layer stacks of every device on
// the PDU's way, side by side, with the link below and, for each router, the
// frame before and after. Plain QPainter code, so the same drawing goes to the
// screen, SVG, PDF and PNG.
class StoryPainter {
public:
    explicit StoryPainter(EncapsulationStory story);

    QSize size() const { return size_; }
    int stepCount() const { return static_cast<int>(order_.size()); }
    // Draws every step up to and including `reveal` (all when -1), and marks step `reveal`.
    void paint(QPainter& p, int reveal = -1) const;
    // Where step `index` is drawn (its box or line), for scrolling to it; empty if none.
    QRect stepRect(int index) const;
    // The caption of step `index` (device: what happened).
    QString stepSentence(int index) const;
    const EncapsulationStory& story() const { return story_; }

private:
    struct Segment {
        QString label;
        Protocol protocol;
        bool trailer;
    };
    struct ChainBox {
        Layer layer;
        Protocol protocol;
        PduName name;
        int headerLen, trailerLen, total;
        std::vector<Segment> segments; // outermost header first, trailers last
    };
    struct Item {          // one thing drawn in a band of a hop's column
        int flat = 0;      // step index in order_ (reveal order)
        int box = -1;      // ChainBox index, or -1 for a text line
        QString text;      // caption under the box, or the line itself
        QString detail;    // second line (sizes), boxes only
        bool bad = false;  // a failed check or a drop
        bool good = false; // a passed check
        int lines = 1;     // text lines, once wrapped to the column
    };

    void buildChain();
    void layOut();
    // A box drawn from the bytes of a frame or packet that carries one fragment
    // (index into chain_), -1 if they do not parse.
    int fragmentBox(const StoryStep& step);
    // The step whose before/after frames a hop's router panel shows, or -1.
    static int panelStep(const StoryHop& hop);
    int boxWidth(const ChainBox& b) const;
    static int segmentWidth(const Segment& g);
    int itemHeight(const Item& it) const;
    void paintBox(QPainter& p, const ChainBox& b, int x, int y) const;
    void paintRouterPanel(QPainter& p, int x, int y, const StoryHop& hop, int reveal) const;
    QString mtuNote() const;

    EncapsulationStory story_;
    std::vector<std::pair<int, int>> order_;
    std::vector<ChainBox> chain_; // the sender's PDUs, innermost first, then fragment boxes
    std::size_t senderBoxes_ = 0; // how many of chain_ are the sender's
    std::vector<int> columns_;    // hop indexes drawn as columns
    std::vector<std::vector<std::vector<Item>>> items_; // [column][band][item]
    std::vector<int> bandHeight_;                       // per band, Application first
    int columnWidth_ = 320;                             // widest column (hosts, routers)
    std::vector<int> columnX_;                          // left edge of each column
    std::vector<int> columnW_;                          // width of each column
    int routerPanels_ = 0;
    QSize size_;
};

} // namespace ww::inspector
