#pragma once

#include "export/view_catalog.h"
#include "inspector/view_export.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace ww::exporting {

// File > Export View… (one view into a file) and File > Export All Diagrams…
// (every view into a folder): the view, the format (SVG, PNG, PDF), PNG's scale
// and where. Accepting calls the writer; its error is shown and the dialog stays open.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { View, All };
    // Returns "" on success, else what went wrong (shown in the dialog).
    using Writer = std::function<QString(const ExportDialog&)>;

    ExportDialog(Mode mode, const ViewCatalog& catalog, const QString& currentView,
                 const QString& suggestedPath, QWidget* parent = nullptr);

    void setWriter(Writer writer) { writer_ = std::move(writer); }

    QString viewKey() const; // "" in Mode::All
    inspector::ExportFormat format() const;
    double pngScale() const;
    QString path() const; // the file, or in Mode::All the folder

    QComboBox* viewCombo() const { return view_; }
    QComboBox* formatCombo() const { return format_; }
    QDoubleSpinBox* scaleSpin() const { return scale_; }
    QLineEdit* pathEdit() const { return path_; }
    QString errorText() const;

    void accept() override;

private:
    void browse();
    void updateState();

    Mode mode_;
    QComboBox* view_ = nullptr;
    QLabel* viewHint_ = nullptr;
    QComboBox* format_;
    QDoubleSpinBox* scale_;
    QLineEdit* path_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
    Writer writer_;
};

} // namespace ww::exporting
