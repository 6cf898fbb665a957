#include "classroom/start_page.h"

#include "classroom/lab_browser.h"
#include "classroom/lab_notes_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww::ui {

StartPage::StartPage(const LocalText& openLabTitle, QWidget* parent)
    : QWidget(parent)
    , openLabTitle_(openLabTitle)
    , heading_(new QLabel(this))
    , intro_(new QLabel(this))
    , continue_(new QPushButton(this))
    , browser_(new LabBrowser(this)) {
    setObjectName(QStringLiteral("startPage"));
    setAutoFillBackground(true); // covers the canvas behind it
    QFont big = heading_->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading_->setFont(big);
    intro_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    auto* words = new QVBoxLayout;
    words->addWidget(heading_);
    words->addWidget(intro_);
    top->addLayout(words, 1);
    top->addWidget(continue_, 0, Qt::AlignBottom);
    // A column of readable width, centred on a wide window.
    auto* column = new QWidget(this);
    column->setMaximumWidth(1100);
    auto* inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addLayout(top);
    inner->addSpacing(8);
    inner->addWidget(browser_, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addStretch(0);
    layout->addWidget(column, 1);
    layout->addStretch(0);
    retranslate();

    connect(browser_, &LabBrowser::labActivated, this, &StartPage::labChosen);
    connect(continue_, &QPushButton::clicked, this, &StartPage::dismissed);
    setFocusProxy(browser_->searchBox());
}

void StartPage::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT dismissed();
        return;
    }
    QWidget::keyPressEvent(event);
}

void StartPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate() {
    heading_->setText(tr("Choose a lab"));
    intro_->setText(tr("The built-in labs follow the sections of the course notes. Each one "
                       "shows what happens on the wire, step by step; pick one to open it, or "
                       "type a word to find one."));
    continue_->setText(tr("Continue with “%1”").arg(inInterfaceLanguage(openLabTitle_)));
    continue_->setToolTip(tr("Close this page (Esc) and keep the lab that is open"));
}

} // namespace ww::ui
