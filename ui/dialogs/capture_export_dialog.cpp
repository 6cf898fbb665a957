#include "dialogs/capture_export_dialog.h"

#include "models/capture_export.h"
#include "models/recorded_run.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww::ui {

CaptureExportDialog::CaptureExportDialog(std::shared_ptr<const RecordedRun> run, QWidget* parent)
    : QDialog(parent)
    , run_(std::move(run))
    , choices_(lab::capturePoints(run_->lab()))
    , points_(new QComboBox(this))
    , path_(new QLineEdit(this))
    , hint_(new QLabel(this))
    , error_(new QLabel(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Export Capture"));
    const std::optional<lab::CapturePoint> preferred = lab::defaultCapturePoint(run_->lab());
    for (const lab::CapturePoint& p : choices_) {
        points_->addItem(tr("%1 (link %2)").arg(p.name(), QString::fromStdString(p.linkName)));
        if (preferred && p == *preferred)
            points_->setCurrentIndex(points_->count() - 1);
    }
    points_->addItem(tr("Every link, into a folder (each at the link's first end)"));

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Capture at:"), points_);
    form->addRow(tr("Save to:"), pathRow);
    hint_->setWordWrap(true);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b00020"));
    error_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint_);
    layout->addWidget(error_);
    layout->addWidget(buttons_);

    connect(browse, &QPushButton::clicked, this, &CaptureExportDialog::browse);
    connect(points_, &QComboBox::currentIndexChanged, this, &CaptureExportDialog::updateState);
    connect(path_, &QLineEdit::textChanged, this, &CaptureExportDialog::updateState);
    connect(buttons_, &QDialogButtonBox::accepted, this, &CaptureExportDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

std::optional<lab::CapturePoint> CaptureExportDialog::chosenPoint() const {
    const int i = points_->currentIndex();
    if (i < 0 || static_cast<std::size_t>(i) >= choices_.size())
        return std::nullopt;
    return choices_[static_cast<std::size_t>(i)];
}

void CaptureExportDialog::updateState() {
    const bool folder = !chosenPoint();
    hint_->setText(folder ? tr("One pcapng file per link, named after the link, each showing "
                               "what the interface at the link's first end sent and received.")
                          : tr("What this interface sent (stamped as the first bit leaves) and "
                               "received (stamped as the last bit arrives). A frame lost on the "
                               "link appears only on the sending side."));
    error_->hide();
    buttons_->button(QDialogButtonBox::Save)->setEnabled(!path_->text().trimmed().isEmpty());
}

void CaptureExportDialog::browse() {
    QString chosen;
    if (const auto point = chosenPoint()) {
        const QString suggested = QString::fromStdString(run_->lab().name) + '-' +
                                  QString(point->name()).replace(':', '-') +
                                  QStringLiteral(".pcapng");
        chosen = QFileDialog::getSaveFileName(this, tr("Export capture"), suggested,
                                              tr("pcapng captures (*.pcapng)"));
    } else {
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the link captures"));
    }
    if (!chosen.isEmpty())
        path_->setText(QDir::toNativeSeparators(chosen));
}

void CaptureExportDialog::accept() {
    const QString path = QDir::fromNativeSeparators(path_->text().trimmed());
    if (path.isEmpty())
        return;
    const CaptureExportResult result = exportCapture(*run_, chosenPoint(), path);
    if (!result.ok) {
        error_->setText(result.error);
        error_->show();
        return;
    }
    written_ = result.files;
    QDialog::accept();
}

} // namespace ww::ui
