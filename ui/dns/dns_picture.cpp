#include "dns/dns_picture.h"

#include "dns/dns_walk_builder.h"
#include "dns/dns_walk_painter.h"

#include <QCoreApplication>
#include <limits>
#include <memory>

namespace ww::ui {

std::optional<exporting::Picture> dnsWalkthroughPicture(const RecordedRun& run,
                                                        const exporting::ViewOptions& options,
                                                        QString* problem) {
    std::vector<DnsWalk> walks = buildDnsWalks(run);
    const auto fail = [problem](const QString& why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (walks.empty())
        return fail(QCoreApplication::translate(
            "DnsWalk", "The run has no DNS lookup: nothing to draw for --view dns."));
    const std::uint64_t n = options.query.value_or(1);
    if (n < 1 || n > walks.size())
        return fail(QCoreApplication::translate(
                        "DnsWalk", "--query %1: the run has %2 DNS lookups; use 1 to %2.")
                        .arg(n)
                        .arg(walks.size()));
    std::size_t applied = std::numeric_limits<std::size_t>::max();
    if (options.until)
        applied = run.eventsUpTo(*options.until);
    if (options.event)
        applied = static_cast<std::size_t>(std::min<std::uint64_t>(*options.event + 1, applied));
    auto painter = std::make_shared<const DnsWalkPainter>(
        std::move(walks[n - 1]),
        options.printTheme ? DnsWalkPainter::printColors() : DnsWalkPainter::windowColors());
    exporting::Picture picture;
    picture.title = QCoreApplication::translate("DnsWalk", "DNS walkthrough: %1 (%2)")
                        .arg(painter->walk().name, painter->walk().type);
    picture.size = painter->size();
    picture.paint = [painter, applied](QPainter& p) { painter->paint(p, applied); };
    return picture;
}

} // namespace ww::ui
