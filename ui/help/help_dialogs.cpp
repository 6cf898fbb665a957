#include "help/help_dialogs.h"

#include "plots/qcp.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ww::ui {

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
    , browser_(new QTextBrowser(this)) {
    setWindowTitle(tr("Wirewalk Guide"));
    setObjectName(QStringLiteral("guideDialog"));
    browser_->setOpenExternalLinks(true);
    browser_->setSearchPaths({QStringLiteral(":/help")});
    browser_->setSource(QUrl(QStringLiteral("qrc:/help/guide_%1.html").arg(guideLanguage())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_);
    layout->addWidget(buttons);
    resize(860, 680);
}

QString GuideDialog::guideLanguage() {
    // The same choice as the translator's (app/gui_main.cpp): WIREWALK_LANG, else the locale.
    const QByteArray forced = qgetenv("WIREWALK_LANG");
    const QLocale locale = forced.isEmpty() ? QLocale() : QLocale(QString::fromLatin1(forced));
    return locale.language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString aboutText() {
    const QString version = QCoreApplication::applicationVersion();
    return QCoreApplication::translate(
               "About",
               "<h3>Wirewalk %1</h3>"
               "<p>A network simulator for learning TCP/IP: every frame, packet and segment "
               "step by step, byte for byte.</p>"
               "<p>Licence: GNU General Public License, version 3 or later "
               "(GPL-3.0-or-later). There is NO WARRANTY.</p>"
               "<p>Built with Qt %2 (running on Qt %3) and QCustomPlot %4.</p>")
        .arg(version.isEmpty() ? QStringLiteral("?") : version.toHtmlEscaped(),
             QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             QStringLiteral(QCUSTOMPLOT_VERSION_STR));
}

void showAbout(QWidget* parent) {
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(QCoreApplication::translate("About", "About Wirewalk"));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText());
    box.setStandardButtons(QMessageBox::Ok);
    box.addButton(QCoreApplication::translate("About", "About Qt"), QMessageBox::HelpRole);
    if (box.exec() != QMessageBox::Ok && box.clickedButton() &&
        box.buttonRole(box.clickedButton()) == QMessageBox::HelpRole)
        QMessageBox::aboutQt(parent);
}

} // namespace ww::ui
