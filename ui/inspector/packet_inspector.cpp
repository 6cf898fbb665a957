#include "inspector/packet_inspector.h"

#include "inspector/dissection_model.h"
#include "inspector/header_diagram_view.h"
#include "inspector/hex_view.h"
#include "inspector/view_export.h"
#include "models/sequence_numbering.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ww::inspector {

PacketInspector::PacketInspector(QWidget* parent)
    : QWidget(parent)
    , model_(new DissectionModel(this))
    , tree_(new QTreeView)
    , hex_(new HexView)
    , diagram_(new HeaderDiagramView)
    , note_(new QLabel) {
    tree_->setModel(model_);
    tree_->setUniformRowHeights(true);
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* hexScroll = new QScrollArea;
    hexScroll->setWidget(hex_);
    hexScroll->setWidgetResizable(true);
    auto* diagramScroll = new QScrollArea;
    diagramScroll->setWidget(diagram_);
    diagramScroll->setBackgroundRole(QPalette::Base);

    auto* exportButton = new QToolButton;
    exportButton->setText(tr("Export diagram…"));
    exportButton->setToolTip(tr("Save this header diagram as SVG, PNG or PDF"));
    connect(exportButton, &QToolButton::clicked, this, &PacketInspector::exportHeaderDiagram);
    auto* diagramPane = new QWidget;
    auto* diagramLayout = new QVBoxLayout(diagramPane);
    diagramLayout->setContentsMargins(0, 0, 0, 0);
    diagramLayout->addWidget(exportButton, 0, Qt::AlignRight);
    diagramLayout->addWidget(diagramScroll);

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(tree_);
    top->addWidget(hexScroll);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(diagramPane);
    // The field tree gets the larger share: docked at the bottom it had room for
    // two rows and a half; the diagram scrolls.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({300, 200});

    note_->setWordWrap(true);
    note_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note_);
    layout->addWidget(split);

    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PacketInspector::onCurrentChanged);
    connect(hex_, &HexView::byteClicked, this, &PacketInspector::selectByte);
    connect(diagram_, &HeaderDiagramView::fieldClicked, this, [this](const QString& key) {
        if (diagramLayer_ >= 0)
            selectField(model_->dissection().layers[static_cast<std::size_t>(diagramLayer_)].key,
                        key);
    });
    connect(&ui::SequenceNumbering::instance(), &ui::SequenceNumbering::relativeChanged, this,
            &PacketInspector::showSequenceNumbering);
}

namespace {

// The bytes of every DNS compression pointer (RFC 1035 §4.1.4) in a dissection.
std::vector<std::pair<int, int>> compressionPointers(const std::vector<DissectionNode>& nodes) {
    std::vector<std::pair<int, int>> found;
    for (const DissectionNode& n : nodes) {
        if (n.key == QLatin1String("compression_pointer"))
            found.emplace_back(n.byteOffset, n.byteLength);
        const auto inner = compressionPointers(n.children);
        found.insert(found.end(), inner.begin(), inner.end());
    }
    return found;
}

} // namespace

bool PacketInspector::inspectEvent(const RecordedRun& run, std::size_t eventIndex) {
    const auto pdu = pduOf(run, eventIndex);
    if (!pdu) {
        inspectPdu({});
        note_->setText(tr("Event %1 carries no PDU.").arg(eventIndex));
        note_->show();
        return false;
    }
    tcpBases_ = tcpBasesOf(run, eventIndex);
    showPdu(pdu->pdu.view(), pdu->protocol);
    return true;
}

void PacketInspector::inspectPdu(ByteView bytes, Protocol start) {
    tcpBases_.reset(); // bytes without their run: TCP numbers as carried
    showPdu(bytes, start);
}

namespace {

Dissection dissectWithNumbering(ByteView bytes, Protocol start,
                                const std::optional<TcpBases>& bases) {
    Dissection d = dissect(bytes, start);
    if (bases && ui::SequenceNumbering::instance().relative())
        showRelativeNumbers(d, *bases);
    return d;
}

} // namespace

void PacketInspector::showSequenceNumbering() {
    if (!tcpBases_)
        return;
    // Keep the selected field (by layer and key) across the new rows.
    const QModelIndex current = tree_->currentIndex();
    const DissectionNode* n = model_->node(current);
    const int layer = model_->layerOf(current);
    const QString layerKey =
        layer >= 0 ? model_->dissection().layers[static_cast<std::size_t>(layer)].key : QString();
    const QString key = n && current.parent().isValid() ? n->key : QString();
    model_->setDissection(dissectWithNumbering(bytes_, start_, tcpBases_));
    tree_->expandToDepth(0);
    if (!key.isEmpty() && selectField(layerKey, key))
        return;
    if (layer >= 0)
        tree_->setCurrentIndex(model_->index(layer, 0));
}

void PacketInspector::showPdu(ByteView bytes, Protocol start) {
    bytes_.assign(bytes.begin(), bytes.end());
    start_ = start;
    model_->setDissection(dissectWithNumbering(bytes_, start, tcpBases_));
    hex_->setBytes(bytes_);
    hex_->setMarks(compressionPointers(model_->dissection().layers));
    highlight_ = {-1, 0};
    diagramLayer_ = -1;
    diagram_->clear();
    const QString problem = model_->dissection().problem;
    note_->setText(problem);
    note_->setVisible(!problem.isEmpty());
    tree_->expandToDepth(0);
    // Start on the top protocol of the PDU (TCP, HTTP, DNS...): what it carries is
    // usually what the lesson is about. The diagram shows the innermost header
    // that has one (an HTTP message has none: its TCP header).
    const auto& layers = model_->dissection().layers;
    const auto& headers = model_->dissection().headers;
    if (!headers.empty())
        showHeaderOfLayer(headers.back().nodeIndex);
    // Ethernet padding and raw data are not protocols: the layer before them.
    int top = static_cast<int>(layers.size()) - 1;
    while (top > 0 && (layers[static_cast<std::size_t>(top)].key == QLatin1String("padding") ||
                       layers[static_cast<std::size_t>(top)].key == QLatin1String("data")))
        --top;
    if (top >= 0)
        tree_->setCurrentIndex(model_->index(top, 0));
}

void PacketInspector::clear() {
    inspectPdu({});
    note_->setText(tr("Select a frame, packet or segment in the event list, or step through "
                      "the events, to see its headers."));
    note_->show();
}

bool PacketInspector::selectField(const QString& layerKey, const QString& key) {
    const auto& layers = model_->dissection().layers;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        if (layers[l].key != layerKey)
            continue;
        for (std::size_t f = 0; f < layers[l].children.size(); ++f)
            if (layers[l].children[f].key == key) {
                tree_->setCurrentIndex(
                    model_->indexForPath({static_cast<int>(l), static_cast<int>(f)}));
                return true;
            }
    }
    return false;
}

void PacketInspector::selectByte(int offset) {
    const auto path = nodePathAt(model_->dissection(), offset);
    if (!path.empty())
        tree_->setCurrentIndex(model_->indexForPath(path));
}

void PacketInspector::showHeaderOfLayer(int layer) {
    if (layer == diagramLayer_)
        return;
    for (const auto& h : model_->dissection().headers)
        if (h.nodeIndex == layer) {
            diagram_->setHeader(h, bytes_);
            diagramLayer_ = layer;
            return;
        }
}

void PacketInspector::onCurrentChanged() {
    const QModelIndex current = tree_->currentIndex();
    const DissectionNode* n = model_->node(current);
    if (!n)
        return;
    highlight_ = {n->byteOffset, n->byteLength};
    hex_->setSelection(n->byteOffset, n->byteLength);
    const int layer = model_->layerOf(current);
    showHeaderOfLayer(layer);
    diagram_->setSelectedField(layer == diagramLayer_ && current.parent().isValid() ? n->key
                                                                                    : QString());
    Q_EMIT fieldSelected(n->key, n->byteOffset, n->byteLength);
}

void PacketInspector::exportHeaderDiagram() {
    const HeaderDiagramPainter* painter = diagram_->painter();
    if (!painter)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export header diagram"), QString(),
        tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto format = exportFormatFromName(QFileInfo(path).suffix());
    QString error;
    if (!format || !exportView(
                       painter->size(), [&](QPainter& p) { painter->paint(p); }, *format, path,
                       painter->title(), &error))
        QMessageBox::warning(this, tr("Export header diagram"),
                             format ? error : tr("Use a .svg, .png or .pdf file name."));
}

} // namespace ww::inspector
