#pragma once

#include <QObject>

class QMainWindow;

namespace ww::ui {

class DnsWalkthroughView;
class PlaybackSetup;

// Puts the DNS walkthrough into a main window as a dock beside the encapsulation view.
// A click on a step moves the clock to its event (the event list follows) and opens it
// in the packet inspector, like picking the event in the list.
class DnsSetup : public QObject {
    Q_OBJECT
public:
    DnsSetup(QMainWindow* window, PlaybackSetup* playback);

    DnsWalkthroughView* view() const { return view_; }

private:
    DnsWalkthroughView* view_;
};

} // namespace ww::ui
