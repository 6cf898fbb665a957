#pragma once

#include "inspector/pdu_dissection.h"

#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>
#include <vector>

class QPainter;

namespace ww::inspector {

// The RFC-style header figure (the notes' IP header drawing): 32 bits a row
// (16 where the RFC draws 16, DNS), a bit ruler 0..31, one box per field holding its label and live
// value, then one explanation line per field, and for IPv4 the callouts where the notes are loose
// (TOS is DSCP + ECN today; MTU is a link property ...). Long fields (DHCP's server name and file)
// are drawn in two rows.
class HeaderDiagramPainter {
public:
    // `header` is one of dissection.headers; `bytes` what was dissected.
    HeaderDiagramPainter(const DissectedHeader& header, ByteView bytes);

    QSize size() const { return size_; }
    void paint(QPainter& p, int selectedField = -1) const;
    int fieldCount() const { return static_cast<int>(boxes_.size()); }
    // The field under a point, or -1; its key ("ttl").
    int fieldAt(QPoint pos) const;
    QString fieldKey(int index) const;
    QString fieldValue(int index) const; // as drawn in its box ("56 bytes")
    int fieldIndex(const QString& key) const;
    QString title() const;
    int rowBits() const { return rowBits_; }

private:
    struct FieldBox {
        const FieldSpec* spec;
        QString label, value;
        std::vector<QRect> rects; // a field may wrap over rows
    };
    void layOut();

    DissectedHeader header_;
    Bytes bytes_; // the header's own bytes
    std::vector<FieldBox> boxes_;
    QStringList callouts_;
    int rowBits_ = 32; // the registry's diagramRowBits
    int bitW_ = 0;     // pixels a bit: the figure is as wide at 16 bits a row as at 32
    int rows_ = 0;
    std::vector<int> rowOffsets_; // byte offset at the start of each drawn row
    int explanationTop_ = 0;
    QSize size_;
};

// The callouts for a protocol's header, translated; empty when the notes are fine.
QStringList misconceptionCallouts(Protocol protocol);

} // namespace ww::inspector
