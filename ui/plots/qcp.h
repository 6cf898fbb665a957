#pragma once

// qcustomplot.h is written with Qt's keywords (signals, slots, foreach, emit), which
// QT_NO_KEYWORDS turns off project-wide: spelled as macros for this header only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
