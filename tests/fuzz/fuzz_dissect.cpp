// The inspector's dissection (input: one byte choosing the protocol the bytes start with,
// then the bytes): never fails, every node's byte and bit range lies inside the bytes (the hex
// pane highlights them), and each diagram header starts there.
#include "fuzz_check.h"
#include "inspector/pdu_dissection.h"

namespace {

constexpr int kProtocols = static_cast<int>(ww::Protocol::Dns) + 1;

void checkNode(const ww::inspector::DissectionNode& node, int size) {
    using ww::fuzz::require;
    // Which node, for the report, before a check below aborts.
    const auto describe = [&] {
        std::fprintf(stderr, "node %s: bytes %d+%d, bits %d+%d, input %d bytes\n",
                     qPrintable(node.key), node.byteOffset, node.byteLength, node.bitOffset,
                     node.bitWidth, size);
    };
    const bool bytesInside = node.byteOffset >= 0 && node.byteLength >= 0 &&
                             node.byteOffset <= size && node.byteLength <= size - node.byteOffset;
    const bool bitsInside = node.bitOffset >= 0 && node.bitWidth >= 0 &&
                            node.bitOffset <= 8 * size &&
                            node.bitWidth <= 8 * size - node.bitOffset;
    if (!bytesInside || !bitsInside)
        describe();
    require(bytesInside, "dissect: a node's bytes lie inside the input");
    require(bitsInside, "dissect: a node's bits lie inside the input");
    for (const auto& child : node.children)
        checkNode(child, size);
}

} // namespace

bool ww::fuzz::checkDissect(ByteView input) {
    if (input.empty())
        return false;
    const auto start = static_cast<Protocol>(input[0] % kProtocols);
    const ByteView bytes = input.subspan(1);
    const int size = static_cast<int>(bytes.size());
    const auto d = inspector::dissect(bytes, start);
    for (const auto& layer : d.layers)
        checkNode(layer, size);
    for (const auto& h : d.headers) {
        require(h.nodeIndex >= 0 && h.nodeIndex < static_cast<int>(d.layers.size()),
                "dissect: a header names one of the layers");
        // A header cut short keeps its full length (the diagram draws the protocol's layout
        // and clamps what it reads, with the problem note); where it starts is in the bytes.
        require(h.offset >= 0 && h.offset <= size && h.length >= 0 && h.extent >= h.length,
                "dissect: a diagram header starts inside the input");
    }
    for (int offset = 0; offset < size; offset += 7) {
        const auto path = inspector::nodePathAt(d, offset);
        const std::vector<inspector::DissectionNode>* level = &d.layers;
        for (int index : path) {
            require(index >= 0 && index < static_cast<int>(level->size()),
                    "dissect: nodePathAt gives indexes of existing nodes");
            level = &(*level)[static_cast<std::size_t>(index)].children;
        }
    }
    return d.problem.isEmpty();
}

WIREWALK_FUZZ_TARGET(ww::fuzz::checkDissect)
