#include "classroom/lab_browser.h"

#include "classroom/lab_browser_delegate.h"
#include "classroom/lab_browser_model.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace ww::ui {

LabBrowser::LabBrowser(QWidget* parent)
    : QWidget(parent)
    , search_(new QLineEdit(this))
    , list_(new QListView(this))
    , model_(new LabBrowserModel(this)) {
    search_->setObjectName(QStringLiteral("labSearch"));
    search_->setClearButtonEnabled(true);
    list_->setObjectName(QStringLiteral("labList"));
    list_->setModel(model_);
    list_->setItemDelegate(new LabBrowserDelegate(list_));
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list_->setUniformItemSizes(false);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setResizeMode(QListView::Adjust);
    list_->setMouseTracking(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search_);
    layout->addWidget(list_, 1);
    retranslate();

    connect(search_, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString keep = currentLab();
        model_->setFilter(text);
        setCurrentLab(model_->rowOf(keep) >= 0 ? keep : QString());
        selectFirstIfNone();
    });
    connect(list_, &QListView::activated, this, [this](const QModelIndex& index) {
        const QString name = index.data(LabBrowserModel::NameRole).toString();
        if (!name.isEmpty())
            Q_EMIT labActivated(name);
    });
    connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { Q_EMIT currentLabChanged(currentLab()); });
    search_->installEventFilter(this);
    list_->installEventFilter(this);
    selectFirstIfNone();
}

QString LabBrowser::currentLab() const {
    return list_->currentIndex().data(LabBrowserModel::NameRole).toString();
}

void LabBrowser::setCurrentLab(const QString& name) {
    const int row = model_->rowOf(name);
    if (row < 0) {
        list_->setCurrentIndex({});
        return;
    }
    const QModelIndex index = model_->index(row);
    list_->setCurrentIndex(index);
    list_->scrollTo(index);
}

void LabBrowser::selectFirstIfNone() {
    if (currentLab().isEmpty() && model_->firstLabRow() >= 0)
        list_->setCurrentIndex(model_->index(model_->firstLabRow()));
}

bool LabBrowser::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == search_) {
        // From the search box: Down/PageDown go to the list, Enter opens the current lab.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            list_->setFocus(Qt::TabFocusReason);
            selectFirstIfNone();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !currentLab().isEmpty()) {
            Q_EMIT labActivated(currentLab());
            return true;
        }
    } else if (watched == list_) {
        // Up from the first lab goes back to the search box; typing there filters.
        if (key->key() == Qt::Key_Up && list_->currentIndex().row() == model_->firstLabRow()) {
            search_->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (!key->text().isEmpty() && key->text().at(0).isPrint() &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            search_->setFocus(Qt::ShortcutFocusReason);
            search_->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LabBrowser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        const QString keep = currentLab();
        model_->reload();
        setCurrentLab(keep);
    }
    QWidget::changeEvent(event);
}

void LabBrowser::retranslate() {
    search_->setPlaceholderText(tr("Search labs: a word in English or Korean"));
    search_->setAccessibleName(tr("Search labs"));
    list_->setAccessibleName(tr("Built-in labs"));
}

} // namespace ww::ui
