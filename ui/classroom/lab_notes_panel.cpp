#include "classroom/lab_notes_panel.h"

#include "classroom/lab_notes_text.h"
#include "document/lab_document.h"
#include "lab/lab_catalog.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ww::ui {

namespace {

// The built-in labs end with how a real capture differs; that part gets its own paragraph.
QString paragraphs(const QString& description) {
    QString html;
    QString rest = description;
    for (const QString& marker : {QStringLiteral("Your own Wireshark capture"),
                                  QStringLiteral("리눅스 두 대 사이를 직접 Wireshark로")}) {
        const qsizetype at = rest.indexOf(marker);
        if (at > 0) {
            html += QStringLiteral("<p>%1</p>").arg(rest.left(at).trimmed().toHtmlEscaped());
            rest = rest.mid(at);
        }
    }
    return html + QStringLiteral("<p>%1</p>").arg(rest.trimmed().toHtmlEscaped());
}

} // namespace

LabNotesPanel::LabNotesPanel(LabDocument* document, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , view_(new QTextBrowser(this)) {
    view_->setObjectName(QStringLiteral("labNotesText"));
    view_->setOpenLinks(false);
    view_->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    connect(document_, &LabDocument::labChanged, this, &LabNotesPanel::refresh);
    refresh();
}

QString LabNotesPanel::text() const {
    return view_->toPlainText();
}

void LabNotesPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void LabNotesPanel::refresh() {
    const lab::Lab& lab = document_->lab();
    QString title = inInterfaceLanguage(lab.title);
    if (title.isEmpty())
        title = document_->displayName();
    QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    // A lab named like a built-in one (loaded from it, or saved from it) shows its section.
    const QString sectionId = lab::sectionOf(QString::fromStdString(lab.name));
    for (const lab::LabSection& s : lab::labSections())
        if (s.id == sectionId)
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("Section: %1").arg(lab::sectionTitle(s)).toHtmlEscaped());
    const QString description = inInterfaceLanguage(lab.description);
    html += description.isEmpty()
                ? QStringLiteral("<p><i>%1</i></p>")
                      .arg(tr("This lab has no description. A lab file can carry one in "
                              "English and Korean (\"description\": {\"en\": …, \"ko\": …}).")
                               .toHtmlEscaped())
                : paragraphs(description);
    view_->setHtml(html);
}

} // namespace ww::ui
