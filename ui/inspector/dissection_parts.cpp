#include "inspector/dissection_parts.h"

#include "wire/dhcp.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace ww::inspector::parts {

namespace {

QString wireText(const char* s) {
    return QCoreApplication::translate("wire", s);
}

// Variable-length fields run from their offset to the end of the header.
int fieldBits(const FieldSpec& f, int headerLen) {
    return f.bitWidth > 0 ? f.bitWidth : std::max(0, headerLen * 8 - f.bitOffset);
}

DissectionNode byteNode(const QString& key, const QString& label, int offset, int length) {
    return layerNode(key, label, offset, length);
}

QString tcpOptionName(std::uint8_t kind) {
    switch (kind) {
    case 0:
        return QCoreApplication::translate("Dissection", "End of options");
    case 1:
        return QCoreApplication::translate("Dissection", "No operation (padding)");
    case 2:
        return QCoreApplication::translate("Dissection", "Maximum segment size");
    case 3:
        return QCoreApplication::translate("Dissection", "Window scale");
    case 4:
        return QCoreApplication::translate("Dissection", "SACK permitted");
    case 8:
        return QCoreApplication::translate("Dissection", "Timestamps");
    default:
        return QCoreApplication::translate("Dissection", "Option %1").arg(kind);
    }
}

QString dhcpOptionName(std::uint8_t code) {
    switch (code) {
    case 1:
        return QCoreApplication::translate("Dissection", "Subnet mask");
    case 3:
        return QCoreApplication::translate("Dissection", "Router");
    case 6:
        return QCoreApplication::translate("Dissection", "Domain name server");
    case 50:
        return QCoreApplication::translate("Dissection", "Requested IP address");
    case 51:
        return QCoreApplication::translate("Dissection", "IP address lease time");
    case 53:
        return QCoreApplication::translate("Dissection", "DHCP message type");
    case 54:
        return QCoreApplication::translate("Dissection", "Server identifier");
    case 55:
        return QCoreApplication::translate("Dissection", "Parameter request list");
    case 255:
        return QCoreApplication::translate("Dissection", "End of options");
    default:
        return QCoreApplication::translate("Dissection", "Option %1").arg(code);
    }
}

QString addresses(ByteView v) {
    QStringList list;
    for (std::size_t i = 0; i + 4 <= v.size(); i += 4)
        list << QString::fromStdString(Ipv4Address{readU32(v, i)}.toString());
    return list.join(QStringLiteral(", "));
}

QString dhcpOptionValue(std::uint8_t code, ByteView v) {
    switch (code) {
    case 1:
    case 3:
    case 6:
    case 50:
    case 54:
        return addresses(v);
    case 51:
        return v.size() == 4 ? QCoreApplication::translate("Dissection", "%1 s").arg(readU32(v, 0))
                             : QString();
    case 53:
        if (v.size() == 1 && v[0] >= 1 && v[0] <= 8)
            return QStringLiteral("%1 (%2)").arg(v[0]).arg(
                QString::fromLatin1(dhcp::toString(static_cast<dhcp::MessageType>(v[0]))));
        return QString();
    case 55: {
        QStringList codes;
        for (std::uint8_t c : v)
            codes << QString::number(c);
        return codes.join(QStringLiteral(", "));
    }
    default:
        return QCoreApplication::translate("Dissection", "%1 bytes").arg(v.size());
    }
}

} // namespace

DissectionNode layerNode(const QString& key, const QString& label, int offset, int length) {
    DissectionNode n;
    n.key = key;
    n.label = label;
    n.byteOffset = offset;
    n.byteLength = length;
    n.bitOffset = offset * 8;
    n.bitWidth = length * 8;
    return n;
}

void addFields(DissectionNode& layer, Protocol protocol, FieldTable table, ByteView header,
               int base, int headerLen) {
    for (const FieldSpec& f : table) {
        const int bits = fieldBits(f, headerLen);
        if (bits == 0 || f.bitOffset + bits > static_cast<int>(header.size()) * 8)
            continue;
        DissectionNode n;
        n.key = QString::fromLatin1(f.key);
        n.label = wireText(f.label);
        n.summary = wireText(f.summary);
        n.value = fieldValueText(protocol, f,
                                 header.first(std::min<std::size_t>(
                                     header.size(), static_cast<std::size_t>(headerLen))));
        n.bitOffset = base * 8 + f.bitOffset;
        n.bitWidth = bits;
        n.byteOffset = base + f.bitOffset / 8;
        n.byteLength = (f.bitOffset % 8 + bits + 7) / 8;
        layer.children.push_back(std::move(n));
    }
}

DissectionNode* findChild(DissectionNode& layer, const char* key) {
    for (auto& c : layer.children)
        if (c.key == QLatin1String(key))
            return &c;
    return nullptr;
}

void markChecksum(DissectionNode& layer, const char* key, bool ok) {
    if (DissectionNode* sum = findChild(layer, key))
        sum->value += ok ? QCoreApplication::translate("Dissection", " [correct]")
                         : QCoreApplication::translate("Dissection", " [wrong]");
}

void addTcpOptions(DissectionNode& options, ByteView opts, int base) {
    std::size_t i = 0;
    while (i < opts.size()) {
        const std::uint8_t kind = opts[i];
        std::size_t len = 1;
        if (kind > 1) {
            if (i + 1 >= opts.size() || opts[i + 1] < 2 || i + opts[i + 1] > opts.size())
                break; // malformed: leave the rest as raw bytes
            len = opts[i + 1];
        }
        DissectionNode n = byteNode(QStringLiteral("option"), tcpOptionName(kind),
                                    base + static_cast<int>(i), static_cast<int>(len));
        const ByteView v = opts.subspan(i, len);
        if (kind == 2 && len == 4)
            n.value = QString::number(readU16(v, 2));
        else if (kind == 3 && len == 3)
            n.value = QString::number(v[2]);
        else if (kind == 8 && len == 10)
            n.value = QCoreApplication::translate("Dissection", "value %1, echo reply %2")
                          .arg(readU32(v, 2))
                          .arg(readU32(v, 6));
        options.children.push_back(std::move(n));
        if (kind == 0)
            break;
        i += len;
    }
}

void addDhcpOptions(DissectionNode& options, ByteView opts, int base) {
    std::size_t i = 0;
    while (i < opts.size()) {
        const std::uint8_t code = opts[i];
        if (code == 0) { // a run of PAD bytes is one node
            std::size_t end = i;
            while (end < opts.size() && opts[end] == 0)
                ++end;
            DissectionNode pad = byteNode(QStringLiteral("padding"),
                                          QCoreApplication::translate("Dissection", "Padding"),
                                          base + static_cast<int>(i), static_cast<int>(end - i));
            pad.value = QCoreApplication::translate("Dissection", "%1 bytes").arg(end - i);
            options.children.push_back(std::move(pad));
            i = end;
            continue;
        }
        std::size_t len = 1;
        if (code != 255) {
            if (i + 1 >= opts.size() || i + 2 + opts[i + 1] > opts.size())
                break; // runs past the end: leave the rest as raw bytes
            len = 2 + opts[i + 1];
        }
        DissectionNode n = byteNode(QStringLiteral("option_%1").arg(code), dhcpOptionName(code),
                                    base + static_cast<int>(i), static_cast<int>(len));
        if (code != 255)
            n.value = dhcpOptionValue(code, opts.subspan(i + 2, len - 2));
        options.children.push_back(std::move(n));
        i += len;
    }
}

void addHttpLines(DissectionNode& layer, ByteView b, int at) {
    std::size_t i = 0;
    while (i < b.size()) {
        std::size_t end = i;
        while (end + 1 < b.size() && !(b[end] == '\r' && b[end + 1] == '\n'))
            ++end;
        const bool crlf = end + 1 < b.size();
        const std::size_t lineLen = crlf ? end - i + 2 : b.size() - i;
        const QString text =
            QString::fromLatin1(reinterpret_cast<const char*>(b.data() + i),
                                static_cast<qsizetype>(crlf ? end - i : b.size() - i));
        layer.children.push_back(byteNode(
            QStringLiteral("line"),
            text.isEmpty() ? QCoreApplication::translate("Dissection", "(end of header)") : text,
            at + static_cast<int>(i), static_cast<int>(lineLen)));
        i += lineLen;
        if (text.isEmpty() && i < b.size()) {
            DissectionNode body =
                layerNode(QStringLiteral("body"), QCoreApplication::translate("Dissection", "Body"),
                          at + static_cast<int>(i), static_cast<int>(b.size() - i));
            body.value = QCoreApplication::translate("Dissection", "%1 bytes").arg(body.byteLength);
            layer.children.push_back(std::move(body));
            break;
        }
    }
}

} // namespace ww::inspector::parts
