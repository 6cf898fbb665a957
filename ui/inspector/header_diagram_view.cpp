#include "inspector/header_diagram_view.h"

#include <QMouseEvent>
#include <QPainter>

namespace ww::inspector {

HeaderDiagramView::HeaderDiagramView(QWidget* parent)
    : QWidget(parent) {}

void HeaderDiagramView::setHeader(const DissectedHeader& header, ByteView bytes) {
    painter_.emplace(header, bytes);
    selected_ = -1;
    setFixedSize(painter_->size());
    update();
}

void HeaderDiagramView::clear() {
    painter_.reset();
    selected_ = -1;
    setFixedSize(0, 0);
    update();
}

void HeaderDiagramView::setSelectedField(const QString& key) {
    selected_ = painter_ && !key.isEmpty() ? painter_->fieldIndex(key) : -1;
    update();
}

QSize HeaderDiagramView::sizeHint() const {
    return painter_ ? painter_->size() : QSize(0, 0);
}

void HeaderDiagramView::paintEvent(QPaintEvent*) {
    if (!painter_)
        return;
    QPainter p(this);
    painter_->paint(p, selected_);
}

void HeaderDiagramView::mousePressEvent(QMouseEvent* e) {
    if (!painter_)
        return;
    const int field = painter_->fieldAt(e->position().toPoint());
    if (field >= 0)
        Q_EMIT fieldClicked(painter_->fieldKey(field));
}

} // namespace ww::inspector
