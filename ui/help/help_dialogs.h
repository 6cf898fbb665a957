#pragma once

#include <QDialog>

class QTextBrowser;

namespace ww::ui {

// Help > Guide (F1): a short illustrated guide in the interface's language
// (Korean or English), from HTML in the resources.
class GuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return browser_; }
    // "ko" or "en": the guide that matches the interface language.
    static QString guideLanguage();

private:
    QTextBrowser* browser_;
};

// Help > About: version, licence and the libraries used.
QString aboutText();
void showAbout(QWidget* parent);

} // namespace ww::ui
