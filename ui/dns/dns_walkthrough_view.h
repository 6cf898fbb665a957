#pragma once

#include "dns/dns_walk.h"

#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;

namespace ww::ui {

class DnsWalkPainter;
class PlaybackClock;

// The DNS walkthrough of the clock's recording: a combo picks the lookup (query N),
// the walk is drawn up to the clock's moment (steps still to come greyed, or hidden),
// and a click on a step asks for its event everywhere (stepActivated).
class DnsWalkthroughView : public QWidget {
    Q_OBJECT
public:
    explicit DnsWalkthroughView(PlaybackClock* clock, QWidget* parent = nullptr);
    ~DnsWalkthroughView() override;

    const std::vector<DnsWalk>& walks() const { return walks_; }
    int currentLookup() const; // index into walks(), -1 when there is none
    QComboBox* lookupCombo() const { return combo_; }
    QCheckBox* hideFutureBox() const { return hideFuture_; }
    const DnsWalkPainter* painter() const { return painter_.get(); }
    QWidget* canvas() const { return canvas_; }

public Q_SLOTS:
    void setLookup(int index);

Q_SIGNALS:
    // A step was clicked: event `index` of the recording.
    void stepActivated(int index);

private:
    friend class DnsWalkCanvas;
    void rebuild();    // a new recording
    void updateWalk(); // another lookup, or the clock moved

    PlaybackClock* clock_;
    std::vector<DnsWalk> walks_;
    std::unique_ptr<DnsWalkPainter> painter_;
    QComboBox* combo_ = nullptr;
    QCheckBox* hideFuture_ = nullptr;
    QLabel* empty_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    QWidget* canvas_ = nullptr;
};

} // namespace ww::ui
