#pragma once

class QMenu;
class QTableView;

namespace ww::ui {

// The event list's column widths: Time, Device, Layer and Protocol as wide as their
// usual text in the table's font, Summary the rest and never less than kSummaryShare
// of the table: on a narrow dock (a 1024-pixel projector, presenter mode's larger
// font) Layer is hidden first, then Device and Protocol give way and elide (each
// cell's tooltip has the event's summary). Refitted when the table is resized or its
// font changes, until the user drags a column border. The header's context menu shows
// or hides Layer for good and fits the columns again.
void keepEventColumnsFitted(QTableView* table);

// The widths for `table` as it is now (also what keepEventColumnsFitted applies).
void fitEventColumns(QTableView* table);

// The header menu's actions: "Layer column" (checkable) and "Fit columns to the table".
void fillEventColumnsMenu(QMenu* menu, QTableView* table);

constexpr double kSummaryShare = 0.55;

} // namespace ww::ui
