#include "dialogs/editor_services_section.h"

#include "dialogs/checked_line_edit.h"
#include "dialogs/editor_checks.h"
#include "dialogs/field_checks.h"
#include "models/text_table_model.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ww::ui {

namespace {

enum TcpColumn { TPort, TBuffer, TReadBytes, TReadInterval, TCloseAt };

QString port(const QString& t) {
    return checkInteger(t, 1, 65535);
}

} // namespace

ServicesSection::ServicesSection(QWidget* parent)
    : EditorSection(parent) {
    setObjectName(QStringLiteral("servicesSection"));
    httpServer_ = new QCheckBox(tr("Web server on port 80"));
    httpServer_->setObjectName(QStringLiteral("httpServer"));
    delayedAck_ = new QCheckBox(tr("TCP delays its ACKs (delayed ACK)"));
    delayedAck_->setObjectName(QStringLiteral("delayedAck"));
    udpListen_ = new CheckedLineEdit(QStringLiteral("udpListen"),
                                     [](const QString& t) { return checkList(t, port); });
    udpListen_->setPlaceholderText(tr("ports, e.g. 9, 5000"));
    multicast_ = new CheckedLineEdit(QStringLiteral("multicastGroups"),
                                     [](const QString& t) { return checkList(t, checkMulticast); });
    multicast_->setPlaceholderText(tr("groups joined, e.g. 239.1.1.1"));
    // The loader's ranges for "tcp_listen" (core/lab/lab_json.cpp).
    auto* model = new TextTableModel(
        {{tr("Port"), port},
         {tr("Receive buffer"), [](const QString& t) { return checkInteger(t, 1, 65535); }},
         {tr("Read bytes (0: all)"),
          [](const QString& t) { return checkInteger(t, 0, 100'000'000); }},
         {tr("Read every (s)"), [](const QString& t) { return checkNumber(t, 0.001, 3600); }},
         {tr("Close at (s)"), [](const QString& t) { return checkNumber(t, 0, 1e6, true); }}},
        this);
    tcpListen_ = new EditorTable(tr("TCP listeners"), QStringLiteral("tcpListen"), model,
                                 {QStringLiteral("5000"), QStringLiteral("65535"),
                                  QStringLiteral("0"), QStringLiteral("1"), QString()});
    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("servicesSectionError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(problemLabelStyle());
    error_->hide();

    form_ = new QFormLayout;
    form_->setContentsMargins(0, 0, 0, 0);
    form_->addRow(QString(), httpServer_);
    form_->addRow(QString(), delayedAck_);
    form_->addRow(tr("UDP listening ports"), udpListen_);
    form_->addRow(tr("Multicast groups"), multicast_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(new QLabel(
        QStringLiteral("<b>%1</b>").arg(tr("Applications and transport").toHtmlEscaped())));
    layout->addLayout(form_);
    layout->addWidget(tcpListen_);
    layout->addWidget(error_);

    for (QCheckBox* box : {httpServer_, delayedAck_})
        connect(box, &QCheckBox::toggled, this, &EditorSection::edited);
    for (CheckedLineEdit* f : {udpListen_, multicast_})
        connect(f, &CheckedLineEdit::edited, this, &EditorSection::edited);
    connect(model, &TextTableModel::edited, this, &EditorSection::edited);
}

bool ServicesSection::appliesTo(const lab::Device& d) const {
    return d.type == lab::DeviceType::Host || d.type == lab::DeviceType::Router;
}

void ServicesSection::load(const lab::Device& d) {
    host_ = d.type == lab::DeviceType::Host;
    {
        const QSignalBlocker a(httpServer_), b(delayedAck_);
        httpServer_->setChecked(d.httpServer);
        delayedAck_->setChecked(d.delayedAck);
    }
    for (QWidget* w : {static_cast<QWidget*>(httpServer_), static_cast<QWidget*>(udpListen_),
                       static_cast<QWidget*>(multicast_)})
        form_->setRowVisible(w, host_);
    QStringList ports, groups;
    for (std::uint16_t p : d.udpListen)
        ports << QString::number(p);
    for (Ipv4Address g : d.multicastGroups)
        groups << QString::fromStdString(g.toString());
    udpListen_->setText(ports.join(QStringLiteral(", ")));
    multicast_->setText(groups.join(QStringLiteral(", ")));
    std::vector<QStringList> rows;
    for (const lab::TcpListen& t : d.tcpListen)
        rows.push_back({QString::number(t.port), QString::number(t.buffer),
                        QString::number(t.readBytes), numberText(t.readInterval),
                        t.closeAt ? numberText(*t.closeAt) : QString()});
    tcpListen_->model()->setRows(rows, {});
    tcpListen_->showProblem({});
    error_->hide();
}

QString ServicesSection::fieldProblem(QWidget* field, const QString& text) {
    problemWidget_ = field;
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
    return text;
}

QString ServicesSection::check() {
    problemWidget_ = nullptr;
    error_->hide();
    tcpListen_->showProblem({});
    if (host_)
        for (CheckedLineEdit* f : {udpListen_, multicast_})
            if (!f->isValid()) {
                problemWidget_ = f;
                return f->problem();
            }
    if (const QString p = tcpListen_->checkCells(); !p.isEmpty()) {
        problemWidget_ = tcpListen_->view();
        return p;
    }
    return {};
}

void ServicesSection::store(lab::Device& d) const {
    d.delayedAck = delayedAck_->isChecked();
    if (host_) {
        d.httpServer = httpServer_->isChecked();
        d.udpListen.clear();
        for (const QString& p : listItems(udpListen_->text()))
            d.udpListen.push_back(static_cast<std::uint16_t>(p.toInt()));
        d.multicastGroups.clear();
        for (const QString& g : listItems(multicast_->text()))
            d.multicastGroups.push_back(*addressFromText(g));
    }
    d.tcpListen.clear();
    for (const QStringList& row : tcpListen_->model()->rows()) {
        lab::TcpListen t;
        t.port = static_cast<std::uint16_t>(row[TPort].toInt());
        t.buffer = row[TBuffer].toInt();
        t.readBytes = row[TReadBytes].toInt();
        t.readInterval = row[TReadInterval].toDouble();
        if (!row[TCloseAt].isEmpty())
            t.closeAt = row[TCloseAt].toDouble();
        d.tcpListen.push_back(t);
    }
}

QString ServicesSection::placeIssue(const QString& path, const QString& message) {
    const std::vector<PathStep> steps = splitPath(path);
    if (steps.empty())
        return {};
    const QString key = steps[0].key;
    if (key == QLatin1String("tcp_listen")) {
        static const QStringList keys{"port", "buffer", "read_bytes", "read_interval", "close_at"};
        problemWidget_ = tcpListen_->view();
        return tcpListen_->cellProblem(steps[0].index,
                                       std::max<int>(0, keys.indexOf(steps.back().key)), message);
    }
    if (key == QLatin1String("udp_listen"))
        return fieldProblem(udpListen_, tr("UDP listening ports: %1").arg(message));
    if (key == QLatin1String("multicast_groups"))
        return fieldProblem(multicast_, tr("Multicast groups: %1").arg(message));
    if (key == QLatin1String("delayed_ack"))
        return fieldProblem(delayedAck_, tr("Delayed ACK: %1").arg(message));
    if (key == QLatin1String("http_server"))
        return fieldProblem(httpServer_, tr("Web server: %1").arg(message));
    return {};
}

} // namespace ww::ui
