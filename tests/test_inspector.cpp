// The packet inspector and the encapsulation story: which layers a PDU goes
// through, byte ranges of every header field, and the exported views.
#include "inspector/encapsulation_story.h"
#include "inspector/pdu_dissection.h"
#include "lab/lab_json.h"

#include <QtTest>

using namespace ww;
using namespace ww::inspector;

namespace {

RecordedRun record(const char* labName) {
    auto loaded = lab::loadLab(QString::fromLatin1(labName));
    if (!loaded.lab)
        qFatal("cannot load %s", labName);
    return recordRun(*loaded.lab, 1);
}

// The first event matching `pred`.
template <typename T, typename Pred> std::size_t findEvent(const RecordedRun& run, Pred pred) {
    for (std::size_t i = 0; i < run.events.size(); ++i)
        if (const auto* e = std::get_if<T>(&run.events[i].kind); e && pred(*e))
            return i;
    return run.events.size();
}

QString describe(const EncapsulationStory& story) {
    QStringList hops;
    for (const auto& h : story.hops) {
        QStringList steps;
        for (const auto& s : h.steps)
            steps << QStringLiteral("%1:%2:%3").arg(int(s.kind)).arg(toString(s.protocol)).arg(
                         s.totalLen());
        hops << h.deviceName + "[" + QString::number(int(h.role)) + "] " + steps.join(' ');
    }
    return hops.join('\n');
}

} // namespace

class TestInspector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dumpStories();
};

void TestInspector::dumpStories() {
    for (const char* name : {"builtin:http-get", "builtin:two-lans", "builtin:cast-types",
                             "builtin:fragmentation"}) {
        const RecordedRun run = record(name);
        const std::size_t i = findEvent<FrameTxStart>(run, [&](const FrameTxStart& f) {
            const auto d = dissect(f.frame.view());
            return d.layers.size() >= 3 && d.layers[1].key == "ipv4";
        });
        qDebug().noquote() << name << i << "\n" << describe(buildStory(run, i));
    }
}

QTEST_GUILESS_MAIN(TestInspector)
#include "test_inspector.moc"
