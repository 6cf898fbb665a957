#pragma once

#include <QWidget>

class QLineEdit;
class QListView;

namespace ww::ui {

class LabBrowserModel;

// The built-in labs by section of the course notes, each with its topology,
// title and what it teaches, and a search box that filters them. Keyboard:
// type to filter, Down to the list, arrows between labs, Enter opens.
class LabBrowser : public QWidget {
    Q_OBJECT
public:
    explicit LabBrowser(QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return search_; }
    QListView* list() const { return list_; }
    LabBrowserModel* model() const { return model_; }
    // The built-in lab the list's cursor is on ("" when none).
    QString currentLab() const;
    void setCurrentLab(const QString& name);

Q_SIGNALS:
    // The user chose a lab (Enter, double-click, or the Open button of a dialog).
    void labActivated(const QString& name);
    void currentLabChanged(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void selectFirstIfNone();

    QLineEdit* search_;
    QListView* list_;
    LabBrowserModel* model_;
};

} // namespace ww::ui
