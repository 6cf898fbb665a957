#include "inspector/hex_view.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>

namespace ww::inspector {

namespace {
constexpr int kPerLine = 16;
constexpr int kPad = 6;
} // namespace

HexView::HexView(QWidget* parent)
    : QWidget(parent) {
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void HexView::setBytes(Bytes bytes) {
    bytes_ = std::move(bytes);
    selOffset_ = -1;
    selLength_ = 0;
    marks_.clear();
    updateGeometry();
    update();
}

void HexView::setSelection(int offset, int length) {
    selOffset_ = offset;
    selLength_ = length;
    update();
}

void HexView::setMarks(std::vector<std::pair<int, int>> marks) {
    marks_ = std::move(marks);
    update();
}

bool HexView::isMarked(int offset) const {
    for (const auto& [at, length] : marks_)
        if (offset >= at && offset < at + length)
            return true;
    return false;
}

int HexView::charWidth() const {
    return fontMetrics().horizontalAdvance(QLatin1Char('0'));
}
int HexView::lineHeight() const {
    return fontMetrics().height() + 2;
}
// "0000  00 11 22 33 44 55 66 77  88 99 ...  ascii": offset 4 chars + 2 spaces,
// 3 chars a byte with an extra space after 8, then 2 spaces and the ASCII.
int HexView::hexX(int column) const {
    return kPad + charWidth() * (6 + column * 3 + (column >= 8 ? 1 : 0));
}
int HexView::asciiX(int column) const {
    return kPad + charWidth() * (6 + kPerLine * 3 + 2 + column);
}

QSize HexView::sizeHint() const {
    const int lines = std::max<int>(1, (static_cast<int>(bytes_.size()) + kPerLine - 1) / kPerLine);
    return QSize(asciiX(kPerLine) + kPad, lines * lineHeight() + 2 * kPad);
}

int HexView::byteAt(QPoint pos) const {
    const int line = (pos.y() - kPad) / lineHeight();
    int column = -1;
    for (int c = 0; c < kPerLine; ++c) {
        if ((pos.x() >= hexX(c) && pos.x() < hexX(c) + 3 * charWidth()) ||
            (pos.x() >= asciiX(c) && pos.x() < asciiX(c) + charWidth()))
            column = c;
    }
    const int offset = line * kPerLine + column;
    return column < 0 || pos.y() < kPad || offset >= static_cast<int>(bytes_.size()) ? -1 : offset;
}

QPoint HexView::byteCenter(int offset) const {
    return QPoint(hexX(offset % kPerLine) + charWidth(),
                  kPad + (offset / kPerLine) * lineHeight() + lineHeight() / 2);
}

void HexView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor highlightText = palette().color(QPalette::HighlightedText);
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    // Marks keep one colour in light and dark themes: an orange that reads on both.
    const QColor mark(0xe0, 0x6c, 0x00);
    const int ascent = fontMetrics().ascent();
    for (int i = 0; i < static_cast<int>(bytes_.size()); ++i) {
        const int line = i / kPerLine, column = i % kPerLine;
        const int y = kPad + line * lineHeight();
        if (column == 0) {
            p.setPen(muted);
            p.drawText(kPad, y + ascent, QStringLiteral("%1").arg(i, 4, 16, QLatin1Char('0')));
        }
        const bool selected = i >= selOffset_ && i < selOffset_ + selLength_;
        const std::uint8_t b = bytes_[static_cast<std::size_t>(i)];
        if (selected) {
            const bool runOn = column < kPerLine - 1 && i + 1 < selOffset_ + selLength_;
            p.fillRect(QRect(hexX(column), y, charWidth() * (runOn ? 3 : 2), lineHeight()),
                       highlight);
            p.fillRect(QRect(asciiX(column), y, charWidth(), lineHeight()), highlight);
        }
        const bool marked = isMarked(i);
        if (marked) { // a frame around each marked byte, in hex and ASCII
            p.setPen(QPen(mark, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRect(hexX(column) - 1, y + 1, charWidth() * 2 + 2, lineHeight() - 2));
            p.drawRect(QRect(asciiX(column), y + 1, charWidth(), lineHeight() - 2));
        }
        p.setPen(selected ? highlightText : marked ? mark : text);
        p.drawText(hexX(column), y + ascent, QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')));
        const QChar c = b >= 0x20 && b < 0x7f ? QChar(b) : QLatin1Char('.');
        p.drawText(asciiX(column), y + ascent, QString(c));
    }
}

void HexView::mousePressEvent(QMouseEvent* e) {
    const int offset = byteAt(e->position().toPoint());
    if (offset >= 0)
        Q_EMIT byteClicked(offset);
}

} // namespace ww::inspector
