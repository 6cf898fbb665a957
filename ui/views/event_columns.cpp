#include "views/event_columns.h"

#include "models/event_list_model.h"
#include "models/event_summary.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>
#include <array>

namespace ww::ui {

namespace {

constexpr const char* kFitting = "wwFittingColumns";
constexpr const char* kUserSized = "wwUserSizedColumns";

class ColumnFitter : public QObject {
public:
    explicit ColumnFitter(QTableView* table)
        : QObject(table)
        , table_(table) {}
    bool eventFilter(QObject* watched, QEvent* event) override {
        const QEvent::Type type = event->type();
        if (type == QEvent::Resize || type == QEvent::FontChange || type == QEvent::Show)
            if (!table_->property(kUserSized).toBool())
                fitEventColumns(table_);
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* table_;
};

} // namespace

void fitEventColumns(QTableView* table) {
    const QFontMetrics fm = table->fontMetrics();
    const QFontMetrics header = table->horizontalHeader()->fontMetrics();
    const int margin = 2 * fm.averageCharWidth() + 8;
    auto title = [&](int column) {
        return header.horizontalAdvance(
                   table->model()->headerData(column, Qt::Horizontal).toString()) +
               margin;
    };
    // Ms with three decimals (labs run seconds); hop labels like "R1 → SW2".
    const int time = std::max(title(EventListModel::TimeColumn),
                              fm.horizontalAdvance(QStringLiteral("0000.000")) + margin);
    int layer = title(EventListModel::LayerColumn);
    for (Layer l : {Layer::NetworkInterface, Layer::Internet, Layer::Transport, Layer::Application})
        layer = std::max(layer, fm.horizontalAdvance(layerName(l)) + margin);
    std::array<int, 3> wants{
        std::max(title(EventListModel::DeviceColumn),
                 fm.horizontalAdvance(QStringLiteral("SW2 → Server")) + margin),
        layer,
        std::max(title(EventListModel::ProtocolColumn),
                 fm.horizontalAdvance(QStringLiteral("Ethernet")) + margin)};
    // Device, Layer and Protocol share what Time and Summary's share leave.
    const int width = table->viewport()->width();
    const int room = static_cast<int>(width * (1 - kSummaryShare)) - time;
    int wanted = 0;
    for (int w : wants)
        wanted += w;
    if (wanted > room && room > 0)
        for (int& w : wants)
            w = std::max(fm.horizontalAdvance(QStringLiteral("000")) + margin / 2,
                         w * room / wanted);
    table->setProperty(kFitting, true);
    table->setColumnWidth(EventListModel::TimeColumn, time);
    table->setColumnWidth(EventListModel::DeviceColumn, wants[0]);
    table->setColumnWidth(EventListModel::LayerColumn, wants[1]);
    table->setColumnWidth(EventListModel::ProtocolColumn, wants[2]);
    table->setProperty(kFitting, false);
}

void keepEventColumnsFitted(QTableView* table) {
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(true); // Summary
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Titles from the left: a title wider than its column keeps its first words.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setTextElideMode(Qt::ElideRight);
    table->installEventFilter(new ColumnFitter(table));
    QObject::connect(header, &QHeaderView::sectionResized, table, [table](int column) {
        // A border dragged by the user: their widths stay (the stretched Summary moves
        // with every resize and says nothing).
        if (!table->property(kFitting).toBool() && column != EventListModel::SummaryColumn &&
            QGuiApplication::mouseButtons() != Qt::NoButton)
            table->setProperty(kUserSized, true);
    });
    fitEventColumns(table);
}

} // namespace ww::ui
