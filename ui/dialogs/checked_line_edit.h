#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;

namespace ww::ui {

// A line edit that checks what is typed as it is typed: when the checker
// objects, the field turns red and its message appears right under it.
class CheckedLineEdit : public QWidget {
    Q_OBJECT
public:
    using Checker = std::function<QString(const QString& text)>;

    CheckedLineEdit(const QString& objectName, Checker check, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void setPlaceholderText(const QString& text);
    bool isValid() const { return problem_.isEmpty(); }
    QString problem() const { return problem_; }
    QLineEdit* lineEdit() const { return edit_; }
    // Checks again (a checker may depend on other fields).
    void recheck();

Q_SIGNALS:
    void edited();

private:
    Checker check_;
    QLineEdit* edit_;
    QLabel* message_;
    QString problem_;
};

// The style of a field or message that is wrong, shared by the editors.
QString invalidFieldStyle();
QString problemLabelStyle();

} // namespace ww::ui
