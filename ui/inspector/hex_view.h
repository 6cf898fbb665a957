#pragma once

#include "wire/bytes.h"

#include <QWidget>
#include <utility>
#include <vector>

namespace ww::inspector {

// Wireshark's bytes pane: offset, 16 bytes in hex, the same as ASCII. The
// selected field's bytes are highlighted in both; clicking a byte reports it.
class HexView : public QWidget {
    Q_OBJECT
public:
    explicit HexView(QWidget* parent = nullptr);
    void setBytes(Bytes bytes);
    void setSelection(int offset, int length);
    // Byte ranges (offset, length) always framed in their own colour, selected or not:
    // a DNS message's compression pointers, so they stand out among the name bytes.
    void setMarks(std::vector<std::pair<int, int>> marks);
    bool isMarked(int offset) const;
    QSize sizeHint() const override;
    // The byte under a point, or -1.
    int byteAt(QPoint pos) const;
    QPoint byteCenter(int offset) const; // for tests

Q_SIGNALS:
    void byteClicked(int offset);

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent* e) override;

private:
    int charWidth() const;
    int lineHeight() const;
    int hexX(int column) const;
    int asciiX(int column) const;

    Bytes bytes_;
    int selOffset_ = -1;
    int selLength_ = 0;
    std::vector<std::pair<int, int>> marks_;
};

} // namespace ww::inspector
