#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace ww::ui {

// The File > Recent files submenu, remembered in QSettings across runs.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    // Moves `path` to the top of the list.
    void add(const QString& path);

Q_SIGNALS:
    void fileChosen(const QString& path);

private:
    void rebuildMenu();

    QMenu* menu_;
};

} // namespace ww::ui
