#include "export/export_dialog.h"

#include "export/batch_export.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww::exporting {

ExportDialog::ExportDialog(Mode mode, const ViewCatalog& catalog, const QString& currentView,
                           const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , mode_(mode)
    , format_(new QComboBox)
    , scale_(new QDoubleSpinBox)
    , path_(new QLineEdit(suggestedPath))
    , error_(new QLabel)
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(mode == Mode::View ? tr("Export View") : tr("Export All Diagrams"));
    setMinimumWidth(520); // room for a path
    auto* form = new QFormLayout;
    if (mode == Mode::View) {
        view_ = new QComboBox;
        view_->setObjectName(QStringLiteral("exportViewCombo"));
        for (const ViewEntry& e : catalog.entries())
            view_->addItem(e.key, e.key);
        view_->setCurrentIndex(std::max(0, view_->findData(currentView)));
        viewHint_ = new QLabel;
        viewHint_->setWordWrap(true);
        form->addRow(tr("&View:"), view_);
        form->addRow(QString(), viewHint_);
        connect(view_, &QComboBox::currentIndexChanged, this, [this, &catalog] {
            if (const ViewEntry* e = catalog.find(viewKey()))
                viewHint_->setText(e->translatedDescription());
        });
        if (const ViewEntry* e = catalog.find(viewKey()))
            viewHint_->setText(e->translatedDescription());
    }
    format_->setObjectName(QStringLiteral("exportFormatCombo"));
    format_->addItem(tr("SVG (vector, for slides and the web)"), int(ExportFormat::Svg));
    format_->addItem(tr("PNG (image)"), int(ExportFormat::Png));
    format_->addItem(tr("PDF (one page per picture)"), int(ExportFormat::Pdf));
    scale_->setObjectName(QStringLiteral("exportScaleSpin"));
    scale_->setRange(0.1, 10.0);
    scale_->setSingleStep(0.5);
    scale_->setDecimals(1);
    scale_->setValue(2.0);
    scale_->setSuffix(QStringLiteral("×"));
    scale_->setToolTip(tr("PNG pixels per drawing unit: 2× stays sharp on a projector"));
    path_->setObjectName(QStringLiteral("exportPathEdit"));
    auto* browse = new QPushButton(tr("&Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&Format:"), format_);
    form->addRow(tr("PNG &scale:"), scale_);
    auto* pathLabel = new QLabel(mode == Mode::View ? tr("&File:") : tr("F&older:"));
    pathLabel->setBuddy(path_); // a row holding a layout gets no buddy of its own
    form->addRow(pathLabel, pathRow);
    error_->setObjectName(QStringLiteral("exportError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b00020"));
    error_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (mode == Mode::All)
        layout->addWidget(new QLabel(tr("Every diagram of the lab, with stable names and an "
                                        "index (index.html, index.txt).")));
    layout->addWidget(error_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(format_, &QComboBox::currentIndexChanged, this, [this] {
        // The file's extension follows the format.
        if (mode_ == Mode::View && !path_->text().isEmpty()) {
            const QFileInfo info(path_->text());
            const QString name =
                info.completeBaseName() + QLatin1Char('.') + formatSuffix(format());
            path_->setText(info.path() == QLatin1String(".") ? name : info.dir().filePath(name));
        }
        updateState();
    });
    connect(path_, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    // A suggested name ending in .png or .pdf picks that format.
    if (const auto f = inspector::exportFormatFromName(QFileInfo(suggestedPath).suffix()))
        format_->setCurrentIndex(format_->findData(int(*f)));
    updateState();
}

QString ExportDialog::viewKey() const {
    return view_ ? view_->currentData().toString() : QString();
}

ExportFormat ExportDialog::format() const {
    return ExportFormat(format_->currentData().toInt());
}

double ExportDialog::pngScale() const {
    return scale_->value();
}

QString ExportDialog::path() const {
    return path_->text().trimmed();
}

QString ExportDialog::errorText() const {
    return error_->isVisible() ? error_->text() : QString();
}

void ExportDialog::updateState() {
    scale_->setEnabled(format() == ExportFormat::Png);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
    error_->hide();
}

void ExportDialog::browse() {
    QString chosen;
    if (mode_ == Mode::All) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the diagrams"), path());
    } else {
        const QString filter = format() == ExportFormat::Svg   ? tr("SVG image (*.svg)")
                               : format() == ExportFormat::Png ? tr("PNG image (*.png)")
                                                               : tr("PDF document (*.pdf)");
        chosen = QFileDialog::getSaveFileName(this, tr("Export view"), path(), filter);
    }
    if (!chosen.isEmpty())
        path_->setText(chosen);
}

void ExportDialog::accept() {
    if (path().isEmpty())
        return;
    const QString error = writer_ ? writer_(*this) : QString();
    if (!error.isEmpty()) {
        error_->setText(error);
        error_->show();
        return;
    }
    QDialog::accept();
}

} // namespace ww::exporting
