#include "classroom/lab_browser_delegate.h"

#include "classroom/lab_browser_model.h"
#include "classroom/lab_browser_thumbnails.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace ww::ui {

namespace {

constexpr int kPad = 8;
constexpr int kSummaryLines = 3;

// `text` word-wrapped to `width`, at most `maxLines` lines, the last one elided.
QStringList wrapped(const QString& text, const QFont& font, int width, int maxLines) {
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart());
            lines << QFontMetrics(font).elidedText(rest.simplified(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QFont headingFont(QFont font) {
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    return font;
}

QFont titleFont(QFont font) {
    font.setBold(true);
    return font;
}

} // namespace

QSize LabBrowserDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const {
    // The width is a minimum: a list in list mode gives every row the viewport's width.
    if (index.data(LabBrowserModel::IsHeadingRole).toBool())
        return {200, QFontMetrics(headingFont(option.font)).height() + 3 * kPad};
    const int text = QFontMetrics(titleFont(option.font)).height() + 4 +
                     kSummaryLines * QFontMetrics(option.font).lineSpacing() +
                     QFontMetrics(option.font).height();
    return {thumbnailSize().width() + 200, std::max(thumbnailSize().height(), text) + 2 * kPad};
}

void LabBrowserDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    painter->save();
    const QPalette& pal = option.palette;
    const QRect r = option.rect;
    if (index.data(LabBrowserModel::IsHeadingRole).toBool()) {
        const QFont font = headingFont(option.font);
        painter->setFont(font);
        // Headings are not selectable, so the view hands over a disabled palette.
        painter->setPen(pal.color(QPalette::Active, QPalette::WindowText));
        const QRect text = r.adjusted(kPad, 2 * kPad, -kPad, 0);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, index.data().toString());
        painter->setPen(pal.color(QPalette::Mid));
        painter->drawLine(r.left() + kPad, r.bottom(), r.right() - kPad, r.bottom());
        painter->restore();
        return;
    }

    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    if (selected)
        painter->fillRect(
            r, pal.color(focused ? QPalette::Active : QPalette::Inactive, QPalette::Highlight));
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(r, pal.color(QPalette::AlternateBase));
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);

    // The thumbnail, framed.
    const QSize thumb = thumbnailSize();
    const QRect picture(QPoint(r.left() + kPad, r.top() + kPad), thumb);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QImage image = labThumbnail(index.data(LabBrowserModel::NameRole).toString(), thumb, dpr);
    if (!image.isNull())
        painter->drawImage(picture.topLeft(), image);
    painter->setPen(pal.color(QPalette::Mid));
    painter->drawRect(picture.adjusted(0, 0, -1, -1));

    // Title, then what it teaches, then builtin:NAME.
    const int x = picture.right() + 2 * kPad;
    const int width = r.right() - kPad - x;
    int y = r.top() + kPad;
    const QFont title = titleFont(option.font);
    painter->setFont(title);
    painter->setPen(textColor);
    const QFontMetrics tm(title);
    painter->drawText(QPoint(x, y + tm.ascent()),
                      tm.elidedText(index.data().toString(), Qt::ElideRight, width));
    y += tm.height() + 4;
    painter->setFont(option.font);
    const QFontMetrics fm(option.font);
    for (const QString& line : wrapped(index.data(LabBrowserModel::SummaryRole).toString(),
                                       option.font, width, kSummaryLines)) {
        painter->drawText(QPoint(x, y + fm.ascent()), line);
        y += fm.lineSpacing();
    }
    QColor dim = textColor;
    dim.setAlphaF(0.6);
    painter->setPen(dim);
    painter->drawText(QPoint(x, r.bottom() - kPad - fm.descent()),
                      QStringLiteral("builtin:") +
                          index.data(LabBrowserModel::NameRole).toString());
    if (focused && selected) {
        QStyleOptionFocusRect focus;
        focus.rect = r.adjusted(1, 1, -1, -1);
        focus.state = option.state;
        focus.backgroundColor = pal.color(QPalette::Highlight);
        QApplication::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter);
    }
    painter->restore();
}

} // namespace ww::ui
