#pragma once

#include "export/picture.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace ww::ui {
class RecordedRun;
}

namespace ww::exporting {

// The ViewOptions fields a view reads; the CLI refuses the others for that view
// (`--query` given to the topology is a mistake worth saying).
enum ViewOption : unsigned {
    kNoOptions = 0,
    kConversation = 1u << 0,
    kEvent = 1u << 1,
    kUntil = 1u << 2,
    kQuery = 1u << 3,
};

// Draws a view headless (the contract every view implements): nullopt with
// `problem` set (translated, naming what was wrong) when it cannot.
using PictureFunction = std::function<std::optional<Picture>(const ui::RecordedRun&,
                                                             const ViewOptions&, QString* problem)>;

// The conversation IDs of a run that a view can draw, in a stable order
// (e.g. "tcp:10.0.1.10:49152-10.0.2.20:80"). A plain function pointer, so an
// entry names the lister (ui/models/conversations.*) without this file
// depending on it; a captureless lambda converts.
using ConversationLister = QStringList (*)(const ui::RecordedRun&);

// One picture of a view for `--all`: what to draw and how to name it.
struct Variant {
    QString name;  // file-name part after "<key>-" ("" = just "<key>"); made safe by fileStem()
    QString label; // for the index, e.g. "tcp:10.0.1.10:49152-10.0.2.20:80", "event 45"
    ViewOptions options;
};
// Other enumerations for `--all` (per event, per DNS query).
using VariantLister = std::vector<Variant> (*)(const ui::RecordedRun&);

// One exportable view. Adding a view to `wirewalk export` and the GUI's Export
// View is adding one of these to registerViews() (view_catalog_entries.cpp).
struct ViewEntry {
    QString key;                   // --view KEY, and the file stem in --all
    const char* description;       // QT_TRANSLATE_NOOP("ViewCatalog", ...): help text and GUI label
    unsigned options = kNoOptions; // ViewOption bits
    PictureFunction picture;
    // When set: --conversation is checked against it (an unknown ID gets the list),
    // and --all writes one picture per ID.
    ConversationLister conversations = nullptr;
    // When set (and no conversations): --all writes one picture per variant.
    VariantLister variants = nullptr;
    // Neither: --all writes one picture with the default options.

    QString translatedDescription() const;
};

class ViewCatalog {
public:
    // The views of this build, registered once (topology, encapsulation, and
    // those of the neighbouring areas the lead adds at merge).
    static const ViewCatalog& builtin();

    void add(ViewEntry entry); // replaces an entry of the same key
    const ViewEntry* find(const QString& key) const;
    const std::vector<ViewEntry>& entries() const { return entries_; }
    QStringList keys() const;

    // The variants `--all` writes for `entry`, in order; empty when the view has
    // nothing to draw in this run (a lab without TCP has no cwnd plot).
    static std::vector<Variant> variantsOf(const ViewEntry& entry, const ui::RecordedRun& run);

private:
    std::vector<ViewEntry> entries_;
};

// Registers this build's views into `catalog` (view_catalog_entries.cpp).
void registerViews(ViewCatalog& catalog);

// A file-name-safe stem: "<key>" or "<key>-<name>" with every character other
// than [A-Za-z0-9._-] turned into '-' ("tcp:10.0.1.10:49152-10.0.2.20:80" ->
// "tcp-10.0.1.10-49152-10.0.2.20-80"), so names are stable across runs and systems.
QString fileStem(const QString& key, const QString& variantName);

} // namespace ww::exporting
