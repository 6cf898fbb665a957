#include "classroom/lab_browser_dialog.h"

#include "classroom/lab_browser.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww::ui {

LabBrowserDialog::LabBrowserDialog(QWidget* parent)
    : QDialog(parent)
    , browser_(new LabBrowser(this)) {
    setWindowTitle(tr("Open Built-in Lab"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    open_ = buttons->button(QDialogButtonBox::Open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_, 1);
    layout->addWidget(buttons);
    resize(760, 640);

    auto choose = [this](const QString& name) {
        if (name.isEmpty())
            return;
        chosen_ = name;
        accept();
    };
    connect(browser_, &LabBrowser::labActivated, this, choose);
    connect(buttons, &QDialogButtonBox::accepted, this,
            [this, choose] { choose(browser_->currentLab()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browser_, &LabBrowser::currentLabChanged, this,
            [this](const QString& name) { open_->setEnabled(!name.isEmpty()); });
    open_->setEnabled(!browser_->currentLab().isEmpty());
    // Enter in the search box opens the current lab, not the default button.
    open_->setAutoDefault(false);
    browser_->searchBox()->setFocus();
}

} // namespace ww::ui
