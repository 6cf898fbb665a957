#pragma once

#include "inspector/encapsulation_story.h"
#include "inspector/pdu_dissection.h"
#include "inspector/tcp_numbering.h"

#include <QWidget>

class QTreeView;
class QLabel;

namespace ww::inspector {

class DissectionModel;
class HexView;
class HeaderDiagramView;

// The packet inspector: protocol tree, hex/ASCII bytes and the RFC-style
// diagram of the selected layer's header, linked all ways (select a field:
// its bytes light up and its box in the diagram; click bytes or a box: the
// field is selected).
class PacketInspector : public QWidget {
    Q_OBJECT
public:
    explicit PacketInspector(QWidget* parent = nullptr);

    // Shows the PDU of event `eventIndex` of `run`; false (and an empty view
    // with a note) when that event carries none.
    bool inspectEvent(const RecordedRun& run, std::size_t eventIndex);
    // Shows bytes that start with a `start` header (a frame: Ethernet).
    void inspectPdu(ByteView bytes, Protocol start = Protocol::Ethernet);
    // Empties the view (a new lab, nothing picked yet) with a note saying what to do.
    void clear();

    // Selects the first field with `key` in the layer with key `layerKey` ("ipv4", "ttl").
    bool selectField(const QString& layerKey, const QString& key);
    void selectByte(int offset);

    const DissectionModel& model() const { return *model_; }
    QTreeView* tree() const { return tree_; }
    HexView* hexView() const { return hex_; }
    HeaderDiagramView* diagram() const { return diagram_; }
    // The byte range currently highlighted in the hex pane.
    std::pair<int, int> highlightedBytes() const { return highlight_; }

public Q_SLOTS:
    void exportHeaderDiagram(); // asks for a file: SVG, PNG or PDF

Q_SIGNALS:
    // A field (or layer) was selected: its key and byte range.
    void fieldSelected(const QString& key, int byteOffset, int byteLength);

private:
    void onCurrentChanged();
    void showHeaderOfLayer(int layer);
    void showPdu(ByteView bytes, Protocol start);
    void showSequenceNumbering(); // again, after the relative/absolute setting changed

    DissectionModel* model_;
    QTreeView* tree_;
    HexView* hex_;
    HeaderDiagramView* diagram_;
    QLabel* note_;
    Bytes bytes_;
    Protocol start_ = Protocol::Ethernet;
    std::optional<TcpBases> tcpBases_; // from the run, for relative TCP numbers
    int diagramLayer_ = -1;
    std::pair<int, int> highlight_{-1, 0};
};

} // namespace ww::inspector
