#pragma once

#include "lab/capture_points.h"

#include <QDialog>
#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ww::ui {

class RecordedRun;

// File > Export Capture…: what one capture point (a device's interface at the end
// of a link) saw during the current recording, as a pcapng file for Wireshark; or
// every link, each at its first end, into a folder. Accepting writes the files;
// a failure is shown in the dialog, which stays open.
class CaptureExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit CaptureExportDialog(std::shared_ptr<const RecordedRun> run, QWidget* parent = nullptr);

    QComboBox* pointCombo() const { return points_; }
    QLineEdit* pathEdit() const { return path_; }
    // The chosen capture point; nullopt for "every link into a folder".
    std::optional<lab::CapturePoint> chosenPoint() const;
    // After a successful accept: the files written and their frames.
    const std::vector<QString>& writtenFiles() const { return written_; }

    void accept() override;

private:
    void browse();
    void updateState();

    std::shared_ptr<const RecordedRun> run_;
    std::vector<lab::CapturePoint> choices_;
    QComboBox* points_;
    QLineEdit* path_;
    QLabel* hint_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
    std::vector<QString> written_;
};

} // namespace ww::ui
