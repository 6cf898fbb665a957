#include "canvas/name_editor_item.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace ww::ui {

NameEditorItem::NameEditorItem(const QString& deviceName, QPointF centre)
    : QGraphicsTextItem(deviceName)
    , deviceName_(deviceName)
    , centre_(centre) {
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(10);
    QFont f = font();
    f.setBold(true);
    setFont(f);
    setDefaultTextColor(Qt::black);
    // Keep the text centred where the name was while it grows or shrinks.
    auto recentre = [this] {
        setPos(centre_ - QPointF(boundingRect().width() / 2, boundingRect().height() / 2));
    };
    connect(document(), &QTextDocument::contentsChanged, this, recentre);
    recentre();
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    setTextCursor(all);
}

void NameEditorItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                           QWidget* widget) {
    // Opaque, so the old name under it does not show through while typing.
    painter->setPen(QPen(QColor(30, 110, 200), 1));
    painter->setBrush(Qt::white);
    painter->drawRect(boundingRect());
    QGraphicsTextItem::paint(painter, option, widget);
}

void NameEditorItem::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        finish(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void NameEditorItem::focusOutEvent(QFocusEvent* event) {
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void NameEditorItem::finish(bool commit) {
    if (done_)
        return;
    done_ = true;
    if (commit)
        Q_EMIT committed(deviceName_, toPlainText().trimmed());
    Q_EMIT finished();
}

} // namespace ww::ui
