#pragma once

#include <QGraphicsTextItem>

namespace ww::ui {

// The inline editor that F2 or a double-click on a device's name opens in
// place of the name. Enter or leaving it commits, Escape cancels; either way
// it asks to be deleted (the scene owns it).
class NameEditorItem : public QGraphicsTextItem {
    Q_OBJECT
public:
    NameEditorItem(const QString& deviceName, QPointF centre);

    QString deviceName() const { return deviceName_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

Q_SIGNALS:
    void committed(const QString& deviceName, const QString& newName);
    void finished();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void finish(bool commit);

    QString deviceName_;
    QPointF centre_;
    bool done_ = false;
};

} // namespace ww::ui
