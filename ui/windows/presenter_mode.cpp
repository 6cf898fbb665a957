#include "windows/presenter_mode.h"

#include "canvas/playback_overlay.h"
#include "canvas/presentation_style.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "widgets/playback_toolbar.h"
#include "windows/app_settings.h"
#include "windows/dns_setup.h"
#include "windows/lazy_dock.h"
#include "windows/playback_setup.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace ww::ui {

namespace {
// Chrome a lesson does not need: the editing docks and the canvas toolbar.
const char* const kHiddenDocks[] = {"paletteDock", "propertiesDock", "tablesDock", "inspectorDock",
                                    "layersDock"};
constexpr int kPresenterIconSize = 40;
constexpr qreal kPresenterFontScale = 1.5;
constexpr qreal kPresenterMaxFitZoom = 1.6; // a small lab fills the projector
constexpr QSize kDockMinimum(240, 90);
constexpr qreal kPresenterDockFontScale = 1.35; // read from the back row, still fits 1024x768
constexpr char kKeepProperty[] = "wirewalkKeepWhilePresenting";
} // namespace

void PresenterMode::keepWhilePresenting(QDockWidget* dock, bool keep) {
    dock->setProperty(kKeepProperty, keep);
}

PresenterMode::PresenterMode(QMainWindow* window, TopologyScene* scene, TopologyView* view,
                             PlaybackSetup* playback)
    : QObject(window)
    , window_(window)
    , scene_(scene)
    , view_(view)
    , playback_(playback)
    , action_(new QAction(tr("&Presenter Mode"), this))
    , escape_(new QShortcut(QKeySequence(Qt::Key_Escape), window)) {
    action_->setCheckable(true);
    action_->setShortcut(Qt::Key_F11);
    action_->setToolTip(tr("Full screen, large and high-contrast, for a projector (F11; Esc "
                           "leaves)"));
    window_->addAction(action_); // F11 works even with the menu bar hidden
    connect(action_, &QAction::toggled, this, &PresenterMode::setActive);
    escape_->setEnabled(false);
    connect(escape_, &QShortcut::activated, this, [this] { setActive(false); });
    view_->installEventFilter(this);
    window_->installEventFilter(this);
    // A dock made when its tab is first raised gets the presenter's fonts if made now.
    for (QDockWidget* dock : window_->findChildren<QDockWidget*>())
        if (LazyDockContent* lazy = lazyContentOf(dock))
            connect(lazy, &LazyDockContent::filled, this, [this](QWidget* content) {
                if (active_)
                    enlarge(content);
            });
}

bool PresenterMode::eventFilter(QObject* watched, QEvent* event) {
    if (active_ && watched == view_ && event->type() == QEvent::Resize)
        view_->fitAfterResize();
    // The projector's size may arrive after presenter mode began: the split follows it.
    if (active_ && watched == window_ && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &PresenterMode::splitBottomRow);
    return QObject::eventFilter(watched, event);
}

void PresenterMode::enlargeDocks() {
    savedDockFonts_.clear();
    savedRowHeights_.clear();
    for (QDockWidget* dock : window_->findChildren<QDockWidget*>()) {
        if (QWidget* content = dock->widget())
            enlarge(content);
    }
}

void PresenterMode::enlarge(QWidget* content) {
    savedDockFonts_.emplace_back(content, content->font());
    savedMinimumSizes_.emplace_back(content, content->minimumSize());
    // Rows of controls side by side (filters, options) add up to more than a
    // 1024-pixel projector: an explicit minimum lets a dock be narrower than
    // its controls (they clip) instead of the window growing past the screen.
    content->setMinimumSize(kDockMinimum.boundedTo(content->minimumSizeHint()));
    QFont big = content->font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * kPresenterDockFontScale);
    else // a font sized in pixels
        big.setPixelSize(qRound(big.pixelSize() * kPresenterDockFontScale));
    content->setFont(big); // children without a font of their own follow
    // Tables size their rows once, from the font they started with.
    for (QTableView* table : content->findChildren<QTableView*>()) {
        QHeaderView* rows = table->verticalHeader();
        savedRowHeights_.emplace_back(rows, rows->defaultSectionSize());
        rows->setDefaultSectionSize(QFontMetrics(big).height() + 6);
    }
}

void PresenterMode::restoreDocks() {
    for (auto& [widget, font] : savedDockFonts_)
        if (widget)
            widget->setFont(font);
    for (auto& [widget, size] : savedMinimumSizes_)
        if (widget)
            widget->setMinimumSize(size);
    for (auto& [rows, height] : savedRowHeights_)
        if (rows)
            rows->setDefaultSectionSize(height);
    savedDockFonts_.clear();
    savedMinimumSizes_.clear();
    savedRowHeights_.clear();
}

void PresenterMode::setActive(bool active) {
    if (active == active_)
        return;
    active_ = active;
    if (active)
        enter();
    else
        leave();
    action_->setChecked(active);
    escape_->setEnabled(active);
    appSettings().setValue(QStringLiteral("presenter/active"), active);
    Q_EMIT activeChanged(active);
}

void PresenterMode::startActive(const QByteArray& normalState, const QByteArray& normalGeometry) {
    setActive(true);
    if (!normalState.isEmpty())
        savedState_ = normalState;
    if (!normalGeometry.isEmpty())
        savedGeometry_ = normalGeometry;
}

QByteArray PresenterMode::normalState() const {
    return active_ ? savedState_ : window_->saveState();
}

QByteArray PresenterMode::normalGeometry() const {
    return active_ ? savedGeometry_ : window_->saveGeometry();
}

void PresenterMode::enter() {
    savedState_ = window_->saveState();
    savedGeometry_ = window_->saveGeometry();
    savedWindowState_ = window_->windowState();
    for (const char* name : kHiddenDocks)
        if (auto* dock = window_->findChild<QDockWidget*>(QLatin1String(name)))
            dock->hide();
    for (QToolBar* bar : window_->findChildren<QToolBar*>())
        if (bar != playback_->toolbar())
            bar->hide();
    // Hiding a dock brings up another tab of its group, not necessarily the one to keep.
    for (QDockWidget* dock : window_->findChildren<QDockWidget*>())
        if (dock->property(kKeepProperty).toBool()) {
            dock->show();
            dock->raise();
        }

    PlaybackToolbar* bar = playback_->toolbar();
    savedIconSize_ = bar->iconSize();
    savedToolbarFont_ = bar->font();
    bar->setIconSize(QSize(kPresenterIconSize, kPresenterIconSize));
    QFont big = savedToolbarFont_;
    big.setPointSizeF(big.pointSizeF() * kPresenterFontScale);
    bar->setFont(big);
    enlargeDocks();
    // With the device tables hidden: the DNS walkthrough in front only in a lab with DNS
    // (after enlargeDocks: a dock made now is enlarged as it is made).
    if (auto* dns = window_->findChild<DnsSetup*>())
        dns->raiseTabForLab();

    PresentationStyle::apply(scene_, PresentationStyle::presenter());
    view_->setBackgroundBrush(Qt::white);
    playback_->overlay()->refresh(); // tokens and marks at the new scale
    window_->setWindowState(savedWindowState_ | Qt::WindowFullScreen);
    if (const QScreen* screen = window_->screen())
        window_->setGeometry(screen->geometry()); // where no window manager makes it full screen
    view_->setMaxFitZoom(kPresenterMaxFitZoom);
    view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // panning still works
    view_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Keep Space, Left and Right for playback: the canvas is where the eyes are.
    view_->setFocus();
    view_->fitAfterResize(); // once full screen took effect
    // The event list is what the class reads: the larger share of the bottom row,
    // so its Summary column is not cut off on a 1024-pixel projector.
    QTimer::singleShot(0, window_, [this] { splitBottomRow(); });
}

void PresenterMode::splitBottomRow() {
    auto* events = window_->findChild<QDockWidget*>(QStringLiteral("eventsDock"));
    if (active_ && events && events->isVisible() && !events->isFloating())
        window_->resizeDocks({events}, {window_->width() * 62 / 100}, Qt::Horizontal);
}

void PresenterMode::leave() {
    restoreDocks(); // first: the docks' sizes below come from their normal fonts
    PresentationStyle::apply(scene_, PresentationStyle{});
    view_->setMaxFitZoom(1.0);
    view_->setBackgroundBrush(TopologyView::canvasBrush());
    playback_->overlay()->refresh();
    PlaybackToolbar* bar = playback_->toolbar();
    bar->setIconSize(savedIconSize_);
    bar->setFont(savedToolbarFont_);
    // The window's size first, then the docks in it: restoreState() sizes the
    // docks for the window as it is.
    window_->setWindowState(savedWindowState_);
    window_->restoreGeometry(savedGeometry_);
    window_->restoreState(savedState_);
    // Once more when the resize has arrived (asynchronous on some platforms).
    QTimer::singleShot(0, window_, [this, state = savedState_] { window_->restoreState(state); });
    view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    view_->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    view_->fitAfterResize();
}

} // namespace ww::ui
