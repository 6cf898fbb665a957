#include "inspector/header_diagram.h"

#include "inspector/story_text.h"
#include "proto/protocol_registry.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

namespace ww::inspector {

namespace {

constexpr int kMargin = 24;
constexpr int kBitW = 28;
constexpr int kRowH = 46;
constexpr int kTitleH = 44;
constexpr int kRulerH = 22;
constexpr int kLabelW = 190;
constexpr int kLineH = 20;
const QColor kInk(0x22, 0x2b, 0x36);
const QColor kMuted(0x6b, 0x74, 0x80);

QFont sized(const QPainter& p, int px, bool bold = false) {
    QFont f = p.font();
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

QString headerTitle(Protocol p) {
    const char* title = proto::describe(p).diagramTitle;
    return title ? QCoreApplication::translate("HeaderDiagram", title) : proto::displayName(p);
}

// A fixed field longer than this many whole rows (DHCP's 64-byte server name,
// 128-byte file) is drawn in two rows, as RFC 2131's figure does.
constexpr int kMaxFieldRows = 2;

} // namespace

QStringList misconceptionCallouts(Protocol protocol) {
    switch (protocol) {
    case Protocol::Ipv4:
        return {QCoreApplication::translate(
                    "HeaderDiagram",
                    "TOS is today DSCP (6 bits) + ECN (2 bits), RFC 2474 and 3168; \"0 to 15\" "
                    "was the old 4-bit TOS of RFC 1349."),
                QCoreApplication::translate(
                    "HeaderDiagram",
                    "The full header also has total length, flags, fragment offset, header "
                    "checksum and options: all drawn here."),
                QCoreApplication::translate(
                    "HeaderDiagram",
                    "MTU is a property of the link (Ethernet: 1500 bytes), not of the packet: "
                    "total length must fit it, or the packet is fragmented."),
                QCoreApplication::translate(
                    "HeaderDiagram",
                    "A router reads the Ethernet header too; it differs from a switch by also "
                    "reading and changing this header (TTL, checksum).")};
    case Protocol::Ethernet:
        return {QCoreApplication::translate(
            "HeaderDiagram",
            "The FCS trailer (4 bytes) follows the payload; the receiver drops the frame "
            "when it does not match.")};
    case Protocol::Tcp:
        return {QCoreApplication::translate(
            "HeaderDiagram", "MSS 1460 + TCP header 20 + IP header 20 = 1500, Ethernet's MTU.")};
    case Protocol::Arp:
        return {proto::arpPlacement()};
    default:
        return {};
    }
}

HeaderDiagramPainter::HeaderDiagramPainter(const DissectedHeader& header, ByteView bytes)
    : header_(header) {
    const auto from = static_cast<std::size_t>(std::min<int>(header.offset, int(bytes.size())));
    const auto len = std::min<std::size_t>(
        static_cast<std::size_t>(std::max(header.length, header.extent)), bytes.size() - from);
    bytes_.assign(bytes.begin() + static_cast<std::ptrdiff_t>(from),
                  bytes.begin() + static_cast<std::ptrdiff_t>(from + len));
    callouts_ = misconceptionCallouts(header.protocol);
    rowBits_ = proto::describe(header.protocol).diagramRowBits;
    bitW_ = kBitW * 32 / rowBits_;
    layOut();
}

QString HeaderDiagramPainter::title() const {
    return headerTitle(header_.protocol);
}

void HeaderDiagramPainter::layOut() {
    const int left = kMargin + 24; // room for the byte offsets
    const int top = kMargin + kTitleH + kRulerH;
    int skipped = 0; // rows left out of long fields drawn shorter
    rowOffsets_.clear();
    for (const FieldSpec& f : header_.table) {
        FieldBox box{&f,
                     QCoreApplication::translate("wire", f.label),
                     fieldValueText(header_.protocol, f, bytes_),
                     {}};
        int width = f.bitWidth;
        if (width == 0) { // variable length: options (maybe none) or data, whole rows
            const int bytes = std::max(0, static_cast<int>(bytes_.size()) - f.bitOffset / 8);
            width = std::max(rowBits_, ((bytes * 8 + rowBits_ - 1) / rowBits_) * rowBits_);
        }
        int bit = f.bitOffset;
        const bool wholeRows = bit % rowBits_ == 0 && width % rowBits_ == 0;
        const int drawn = wholeRows ? std::min(width, rowBits_ * kMaxFieldRows) : width;
        int remaining = drawn;
        while (remaining > 0) {
            const int row = bit / rowBits_ - skipped, col = bit % rowBits_;
            const int take = std::min(remaining, rowBits_ - col);
            box.rects.emplace_back(left + col * bitW_, top + row * kRowH, take * bitW_, kRowH);
            if (row >= static_cast<int>(rowOffsets_.size()))
                rowOffsets_.resize(static_cast<std::size_t>(row) + 1,
                                   (bit / rowBits_) * rowBits_ / 8);
            bit += take;
            remaining -= take;
            rows_ = std::max(rows_, row + 1);
        }
        skipped += (width - drawn) / rowBits_;
        boxes_.push_back(std::move(box));
    }
    explanationTop_ = top + rows_ * kRowH + 24;
    const int lines =
        static_cast<int>(boxes_.size()) + callouts_.size() + (callouts_.isEmpty() ? 0 : 2);
    size_ =
        QSize(left + rowBits_ * bitW_ + kMargin + 8, explanationTop_ + lines * kLineH + kMargin);
}

int HeaderDiagramPainter::fieldAt(QPoint pos) const {
    for (std::size_t i = 0; i < boxes_.size(); ++i)
        for (const QRect& r : boxes_[i].rects)
            if (r.contains(pos))
                return static_cast<int>(i);
    return -1;
}

QString HeaderDiagramPainter::fieldKey(int index) const {
    return index >= 0 && index < fieldCount()
               ? QString::fromLatin1(boxes_[static_cast<std::size_t>(index)].spec->key)
               : QString();
}

QString HeaderDiagramPainter::fieldValue(int index) const {
    return index >= 0 && index < fieldCount() ? boxes_[static_cast<std::size_t>(index)].value
                                              : QString();
}

int HeaderDiagramPainter::fieldIndex(const QString& key) const {
    for (std::size_t i = 0; i < boxes_.size(); ++i)
        if (key == QLatin1String(boxes_[i].spec->key))
            return static_cast<int>(i);
    return -1;
}

void HeaderDiagramPainter::paint(QPainter& p, int selectedField) const {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRect(QPoint(0, 0), size_), Qt::white);
    const int left = kMargin + 24;
    p.setPen(kInk);
    p.setFont(sized(p, 20, true));
    p.drawText(QRect(kMargin, kMargin, size_.width() - 2 * kMargin, 30),
               Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("HeaderDiagram", "%1, %2 bytes")
                   .arg(title())
                   .arg(std::min<int>(header_.length, static_cast<int>(bytes_.size()))));
    // Bit ruler: 0..31 (or 0..15).
    const int rulerY = kMargin + kTitleH;
    p.setFont(sized(p, 10));
    p.setPen(kMuted);
    for (int b = 0; b < rowBits_; ++b)
        p.drawText(QRect(left + b * bitW_, rulerY, bitW_, kRulerH - 4), Qt::AlignCenter,
                   QString::number(b));
    const QColor fill = protocolColor(header_.protocol);
    for (int r = 0; r < rows_; ++r)
        p.drawText(QRect(kMargin - 6, rulerY + kRulerH + r * kRowH, 26, kRowH),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(rowOffsets_[static_cast<std::size_t>(r)]));
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
        const FieldBox& box = boxes_[i];
        const bool selected = static_cast<int>(i) == selectedField;
        for (const QRect& r : box.rects) {
            p.setPen(QPen(kInk, 1));
            p.setBrush(selected ? fill.darker(125) : (i % 2 ? fill.lighter(112) : fill));
            if (box.spec->bitWidth == 0)
                p.setPen(QPen(kInk, 1, Qt::DashLine));
            p.drawRect(r);
        }
        const QRect r = box.rects.front();
        // Narrow fields (flags) get their short key; the explanation below has the name.
        QString label = box.label;
        p.setFont(sized(p, 11, true));
        if (QFontMetrics(p.font()).horizontalAdvance(label) > r.width() - 4)
            label = QString::fromLatin1(box.spec->key).toUpper().left(r.width() / 8);
        p.setPen(kInk);
        p.drawText(r.adjusted(2, 3, -2, -r.height() / 2), Qt::AlignCenter, label);
        p.setFont(sized(p, 12));
        p.drawText(r.adjusted(2, r.height() / 2 - 2, -2, -3), Qt::AlignCenter,
                   QFontMetrics(p.font()).elidedText(box.value, Qt::ElideRight, r.width() - 4));
    }
    int y = explanationTop_;
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
        const FieldBox& box = boxes_[i];
        p.setFont(sized(p, 12, true));
        p.setPen(static_cast<int>(i) == selectedField ? fill.darker(170) : kInk);
        p.drawText(QRect(kMargin, y, kLabelW, kLineH), Qt::AlignLeft | Qt::AlignVCenter, box.label);
        p.setFont(sized(p, 12));
        p.drawText(QRect(kMargin + kLabelW, y, size_.width() - kLabelW - 2 * kMargin, kLineH),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("wire", box.spec->summary));
        y += kLineH;
    }
    if (!callouts_.isEmpty()) {
        y += kLineH / 2;
        const QRect note(kMargin, y, size_.width() - 2 * kMargin,
                         (static_cast<int>(callouts_.size()) + 1) * kLineH + 4);
        p.setPen(QPen(QColor(0xe0, 0xa0, 0x00), 1));
        p.setBrush(QColor(0xff, 0xf8, 0xe1));
        p.drawRoundedRect(note, 6, 6);
        p.setPen(kInk);
        p.setFont(sized(p, 12, true));
        p.drawText(
            note.adjusted(10, 2, -10, 0).topLeft() + QPoint(0, 14),
            QCoreApplication::translate("HeaderDiagram", "Careful: where the notes are loose"));
        p.setFont(sized(p, 12));
        for (int i = 0; i < callouts_.size(); ++i)
            p.drawText(QRect(note.left() + 10, note.top() + 4 + (i + 1) * kLineH, note.width() - 20,
                             kLineH),
                       Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("• ") + callouts_[i]);
    }
    p.restore();
}

} // namespace ww::inspector
