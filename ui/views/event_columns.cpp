#include "views/event_columns.h"

#include "models/event_list_model.h"
#include "models/event_summary.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <algorithm>
#include <array>

namespace ww::ui {

namespace {

constexpr const char* kFitting = "wwFittingColumns";
constexpr const char* kUserSized = "wwUserSizedColumns";
// Set when the user chose from the header's menu whether Layer shows: no longer automatic.
constexpr const char* kLayerChosen = "wwLayerColumnChosen";

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
    // Device, Layer and Protocol share what Time and Summary's share leave. A little short of
    // room, the three shrink together; far short, Layer goes (hidden: the protocol says much
    // of it) and Device and Protocol shrink if they must: all three elided to a few letters,
    // none of them would say anything.
    const int width = table->viewport()->width();
    const int room = static_cast<int>(width * (1 - kSummaryShare)) - time;
    const bool layerChosen = table->property(kLayerChosen).toBool();
    int wanted = 0;
    for (int w : wants)
        wanted += w;
    // Shrunk to less than this share of their widths, the three would all be cut.
    constexpr double kShrinkAtMost = 0.7;
    const bool hideLayer = layerChosen ? table->isColumnHidden(EventListModel::LayerColumn)
                                       : room < wanted * kShrinkAtMost;
    if (hideLayer) {
        wanted -= wants[1];
        wants[1] = 0;
    }
    if (wanted > room && room > 0)
        for (int& w : wants)
            if (w > 0)
                w = std::max(fm.horizontalAdvance(QStringLiteral("000")) + margin / 2,
                             w * room / wanted);
    table->setProperty(kFitting, true);
    table->setColumnHidden(EventListModel::LayerColumn, hideLayer);
    table->setColumnWidth(EventListModel::TimeColumn, time);
    table->setColumnWidth(EventListModel::DeviceColumn, wants[0]);
    if (!hideLayer)
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
    // The viewport's resize too: the table's own comes before its viewport has the new width.
    auto* fitter = new ColumnFitter(table);
    table->installEventFilter(fitter);
    table->viewport()->installEventFilter(fitter);
    QObject::connect(header, &QHeaderView::sectionResized, table, [table](int column) {
        // A border dragged by the user: their widths stay (the stretched Summary moves
        // with every resize and says nothing).
        if (!table->property(kFitting).toBool() && column != EventListModel::SummaryColumn &&
            QGuiApplication::mouseButtons() != Qt::NoButton)
            table->setProperty(kUserSized, true);
    });
    // The header's menu: the Layer column shown or not, and back to fitted widths.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, table,
                     [table, header](const QPoint& at) {
                         QMenu menu(table);
                         fillEventColumnsMenu(&menu, table);
                         menu.exec(header->viewport()->mapToGlobal(at));
                     });
    fitEventColumns(table);
}

void fillEventColumnsMenu(QMenu* menu, QTableView* table) {
    QAction* layer = menu->addAction(QCoreApplication::translate("EventColumns", "Layer column"));
    layer->setCheckable(true);
    layer->setChecked(!table->isColumnHidden(EventListModel::LayerColumn));
    QObject::connect(layer, &QAction::toggled, table, [table](bool shown) {
        table->setProperty(kLayerChosen, true);
        table->setColumnHidden(EventListModel::LayerColumn, !shown);
        if (!table->property(kUserSized).toBool())
            fitEventColumns(table);
    });
    QAction* fit =
        menu->addAction(QCoreApplication::translate("EventColumns", "Fit columns to the table"));
    QObject::connect(fit, &QAction::triggered, table, [table] {
        table->setProperty(kUserSized, false);
        table->setProperty(kLayerChosen, false);
        fitEventColumns(table);
    });
}

} // namespace ww::ui
