#pragma once

#include "inspector/header_diagram.h"

#include <QWidget>
#include <optional>

namespace ww::inspector {

// Shows one HeaderDiagramPainter; clicking a field box reports its key.
class HeaderDiagramView : public QWidget {
    Q_OBJECT
public:
    explicit HeaderDiagramView(QWidget* parent = nullptr);
    void setHeader(const DissectedHeader& header, ByteView bytes);
    void clear();
    void setSelectedField(const QString& key); // empty: none
    const HeaderDiagramPainter* painter() const { return painter_ ? &*painter_ : nullptr; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void fieldClicked(const QString& key);

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent* e) override;

private:
    std::optional<HeaderDiagramPainter> painter_;
    int selected_ = -1;
};

} // namespace ww::inspector
