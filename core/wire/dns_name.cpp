// Domain names: presentation text <-> labels, and reading a (possibly compressed)
// name from a message with the checks of RFC 1035 §3.1, §4.1.4 and RFC 6891 §5.
#include "wire/dns.h"

#include <utility>

namespace ww::dns {

namespace {

// A name of at most 127 labels needs at most one pointer per label; anything past that
// is a chain of pointers to pointers built to make a parser spin.
constexpr int kMaxPointerHops = 127;

bool plain(std::uint8_t c) {
    return c > 0x20 && c < 0x7f && c != '.' && c != '\\';
}

} // namespace

std::string labelsToText(const std::vector<std::string>& labels) {
    if (labels.empty())
        return ".";
    std::string text;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i > 0)
            text += '.';
        for (char ch : labels[i]) {
            const auto c = static_cast<std::uint8_t>(ch);
            if (plain(c)) {
                text += ch;
            } else if (c == '.' || c == '\\') {
                text += '\\';
                text += ch;
            } else { // RFC 1035 §5.1: \DDD, three decimal digits
                text += '\\';
                text += static_cast<char>('0' + c / 100);
                text += static_cast<char>('0' + c / 10 % 10);
                text += static_cast<char>('0' + c % 10);
            }
        }
    }
    return text;
}

Result<std::vector<std::string>> textToLabels(std::string_view text) {
    std::vector<std::string> labels;
    if (text.empty() || text == ".")
        return labels;
    std::string label;
    std::size_t wireLen = 1; // the root's zero byte
    auto finish = [&]() -> bool {
        if (label.empty() || label.size() > kMaxLabelLen)
            return false;
        wireLen += 1 + label.size();
        labels.push_back(std::move(label));
        label.clear();
        return true;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == '.') {
            if (!finish())
                return fail(WireError::Malformed, "name", i,
                            QT_TRANSLATE_NOOP("DnsWire", "empty label or label over 63 octets"));
            continue;
        }
        if (ch != '\\') {
            label += ch;
            continue;
        }
        if (i + 1 >= text.size())
            return fail(WireError::Malformed, "name", i,
                        QT_TRANSLATE_NOOP("DnsWire", "escape at the end of the name"));
        const char next = text[i + 1];
        if (next >= '0' && next <= '9') {
            if (i + 3 >= text.size())
                return fail(WireError::Malformed, "name", i,
                            QT_TRANSLATE_NOOP("DnsWire", "\\DDD needs three digits"));
            int v = 0;
            for (std::size_t k = 1; k <= 3; ++k) {
                const char d = text[i + k];
                if (d < '0' || d > '9')
                    return fail(WireError::Malformed, "name", i,
                                QT_TRANSLATE_NOOP("DnsWire", "\\DDD needs three digits"));
                v = v * 10 + (d - '0');
            }
            if (v > 255)
                return fail(WireError::Malformed, "name", i,
                            QT_TRANSLATE_NOOP("DnsWire", "\\DDD above 255"));
            label += static_cast<char>(v);
            i += 3;
        } else {
            label += next;
            i += 1;
        }
    }
    if (!label.empty() && !finish())
        return fail(WireError::Malformed, "name", text.size(),
                    QT_TRANSLATE_NOOP("DnsWire", "label over 63 octets"));
    if (wireLen > kMaxNameLen)
        return fail(WireError::Malformed, "name", 0,
                    QT_TRANSLATE_NOOP("DnsWire", "name over 255 octets in wire form"));
    return labels;
}

Result<NameRead> readName(ByteView m, std::size_t at, std::size_t limit) {
    NameRead r;
    std::vector<std::string> labels;
    // Byte ranges [first, last] already read for this name: a pointer into one is a loop.
    std::vector<std::pair<std::size_t, std::size_t>> visited;
    std::size_t pos = at;
    std::size_t segmentStart = at; // where the current run of labels began
    std::size_t end = std::min(limit, m.size());
    std::size_t wireLen = 0;
    int hops = 0;
    const bool inRdata = limit < m.size();
    while (true) {
        if (pos >= end)
            return r.hasPointer || !inRdata
                       ? fail(WireError::Truncated, "name", pos,
                              QT_TRANSLATE_NOOP("DnsWire", "name runs past the message"))
                       : fail(WireError::Malformed, "name", pos,
                              QT_TRANSLATE_NOOP("DnsWire", "name runs past its rdlength"));
        const std::uint8_t b = m[pos];
        switch (b & 0xc0) {
        case 0x00: {
            if (b == 0) {
                if (!r.hasPointer)
                    r.end = pos + 1;
                r.text = labelsToText(labels);
                return r;
            }
            if (pos + 1 + b > end)
                return r.hasPointer || !inRdata
                           ? fail(WireError::Truncated, "name", pos,
                                  QT_TRANSLATE_NOOP("DnsWire", "label runs past the message"))
                           : fail(WireError::Malformed, "name", pos,
                                  QT_TRANSLATE_NOOP("DnsWire", "label runs past its rdlength"));
            // RFC 1035 §3.1: the whole name, length bytes and the root included, <= 255.
            if (wireLen + 1 + b + 1 > kMaxNameLen)
                return fail(WireError::Malformed, "name", pos,
                            QT_TRANSLATE_NOOP("DnsWire", "name over 255 octets"));
            labels.emplace_back(reinterpret_cast<const char*>(m.data() + pos + 1), b);
            wireLen += 1 + b;
            pos += 1 + b;
            break;
        }
        case 0xc0: {
            if (pos + 2 > end)
                return fail(WireError::Truncated, "name", pos,
                            QT_TRANSLATE_NOOP("DnsWire", "compression pointer cut short"));
            const std::size_t target = static_cast<std::size_t>((b & 0x3f) << 8 | m[pos + 1]);
            visited.emplace_back(segmentStart, pos + 1);
            for (const auto& [first, last] : visited)
                if (target >= first && target <= last)
                    return fail(
                        WireError::Malformed, "name", pos,
                        QT_TRANSLATE_NOOP(
                            "DnsWire", "compression pointer loops back into the name being read"));
            // RFC 1035 §4.1.4 points at a *prior* occurrence: before where this run of
            // labels began. Pointing only before the pointer itself still allows loops.
            if (target >= segmentStart)
                return fail(
                    WireError::Malformed, "name", pos,
                    QT_TRANSLATE_NOOP("DnsWire", "compression pointer does not point backwards"));
            if (++hops > kMaxPointerHops)
                return fail(
                    WireError::Malformed, "name", pos,
                    QT_TRANSLATE_NOOP("DnsWire", "more than 127 compression pointers in one name"));
            if (!r.hasPointer) {
                r.hasPointer = true;
                r.pointerAt = pos;
                r.pointerTarget = static_cast<std::uint16_t>(target);
                r.end = pos + 2;
            }
            pos = segmentStart = target;
            end = m.size();
            break;
        }
        default: // 0x40 (RFC 6891 §5: extended, deprecated) and 0x80: reserved
            return fail(
                WireError::Malformed, "name", pos,
                QT_TRANSLATE_NOOP("DnsWire",
                                  "label length over 63: label types 0x40 and 0x80 are reserved"));
        }
    }
}

} // namespace ww::dns
