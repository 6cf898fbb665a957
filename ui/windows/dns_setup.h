#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace ww::lab {
struct Lab;
}

namespace ww::ui {

class DnsWalkthroughView;
class LabDocument;
class PlaybackSetup;

// Whether a lab has anything for the DNS walkthrough to show: a DNS server, a resolver
// configured on a host, a "dns" action or an action that resolves a name.
bool labHasDns(const lab::Lab& lab);

// Puts the DNS walkthrough into a main window as a dock beside the encapsulation view.
// A click on a step moves the clock to its event (the event list follows) and opens it
// in the packet inspector, like picking the event in the list.
class DnsSetup : public QObject {
    Q_OBJECT
public:
    DnsSetup(QMainWindow* window, PlaybackSetup* playback, LabDocument* document);
    // Null until the dock first comes into view.
    DnsWalkthroughView* view() const { return view_; }
    // The bottom row's front tab for the lab on show: the DNS walkthrough in a lab
    // with DNS; otherwise the device tables, or (presenter mode hides them) the
    // sequence diagram.
    void raiseTabForLab();

private:
    QMainWindow* window_;
    LabDocument* document_;
    QDockWidget* dock_;
    DnsWalkthroughView* view_ = nullptr;
};

} // namespace ww::ui
