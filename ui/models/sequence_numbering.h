#pragma once

#include <QObject>

namespace ww::ui {

// Whether TCP sequence and acknowledgment numbers are shown relative to each
// side's initial sequence number (as Wireshark does by default) or as carried.
// One setting for the event list, the inspector and the sequence diagram,
// remembered between runs.
class SequenceNumbering : public QObject {
    Q_OBJECT
public:
    static SequenceNumbering& instance();
    bool relative() const { return relative_; }

public Q_SLOTS:
    void setRelative(bool relative);

Q_SIGNALS:
    void relativeChanged(bool relative);

private:
    SequenceNumbering();
    bool relative_ = true;
};

} // namespace ww::ui
