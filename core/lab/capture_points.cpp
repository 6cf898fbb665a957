#include "lab/capture_points.h"

#include "net/device.h"
#include "net/link.h"
#include "net/network.h"

#include <QSet>

namespace ww::lab {

QString CapturePoint::name() const {
    return QString::fromStdString(device) + ':' + QString::fromStdString(interface);
}

QString CapturePoint::linkDescription() const {
    // File content, not UI: the same bytes in every language.
    return QStringLiteral("link ") + QString::fromStdString(linkName);
}

std::vector<CapturePoint> capturePoints(const Lab& lab) {
    std::vector<CapturePoint> points;
    for (std::size_t i = 0; i < lab.links.size(); ++i) {
        const Link& l = lab.links[i];
        points.push_back(CapturePoint{i, 0, l.a.device, l.a.interface, l.name});
        points.push_back(CapturePoint{i, 1, l.b.device, l.b.interface, l.name});
    }
    return points;
}

std::optional<CapturePoint> findCapturePoint(const Lab& lab, const QString& text) {
    const std::vector<CapturePoint> points = capturePoints(lab);
    for (const CapturePoint& p : points)
        if (p.side == 0 && QString::fromStdString(p.linkName) == text)
            return p;
    for (const CapturePoint& p : points)
        if (p.name() == text)
            return p;
    return std::nullopt;
}

std::optional<CapturePoint> defaultCapturePoint(const Lab& lab) {
    const std::vector<CapturePoint> points = capturePoints(lab);
    if (points.empty())
        return std::nullopt;
    const Action* first = nullptr;
    for (const Action& a : lab.scenario)
        if (!first || a.at < first->at)
            first = &a;
    if (first)
        for (const CapturePoint& p : points) // link order, then a before b
            if (p.device == first->from)
                return p;
    return points.front();
}

QStringList linkNames(const Lab& lab) {
    QStringList names;
    for (const Link& l : lab.links)
        names << QString::fromStdString(l.name);
    return names;
}

QStringList interfaceNames(const Lab& lab) {
    QStringList names;
    for (const CapturePoint& p : capturePoints(lab))
        names << p.name();
    return names;
}

std::vector<QString> linkCaptureFileNames(const Lab& lab) {
    std::vector<QString> files;
    QSet<QString> taken; // lower case: some file systems ignore case
    for (const Link& l : lab.links) {
        QString base;
        for (const QChar c : QString::fromStdString(l.name))
            base += c.isLetterOrNumber() || QStringLiteral("-_.+").contains(c) ? c : QChar('_');
        if (base.startsWith('.'))
            base[0] = '_'; // no hidden files, no "." or ".."
        if (base.isEmpty())
            base = QStringLiteral("link");
        QString name = base;
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = base + '-' + QString::number(n);
        taken.insert(name.toLower());
        files.push_back(name + QStringLiteral(".pcapng"));
    }
    return files;
}

CaptureTap captureTap(const Network& net, const CapturePoint& point) {
    if (point.link >= net.links().size())
        return {}; // a lab the builder could not wire; the tap sees nothing
    const ww::Link& link = *net.links()[point.link];
    return CaptureTap{link.id(), link.device(point.side).id(), link.port(point.side)};
}

CaptureTarget captureTarget(const Network& net, const CapturePoint& point, const QString& path) {
    return CaptureTarget{captureTap(net, point), point.name(), point.linkDescription(), path};
}

} // namespace ww::lab
