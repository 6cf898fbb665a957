#include "dialogs/editor_nat_section.h"

#include "dialogs/checked_line_edit.h"
#include "dialogs/field_checks.h"
#include "models/text_table_model.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ww::ui {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

TextTableModel::Checker address() {
    return [](const QString& t) { return checkAddress(t, false); };
}

} // namespace

NatSection::NatSection(QWidget* parent)
    : EditorSection(parent) {
    setObjectName(QStringLiteral("natSection"));
    directedBroadcast_ = new QCheckBox(tr("Forward directed broadcasts"));
    directedBroadcast_->setObjectName(QStringLiteral("directedBroadcast"));
    internet_ = new QCheckBox(tr("Internet router"));
    internet_->setToolTip(
        tr("Drops packets to private (RFC 1918) addresses, as the Internet does"));
    internet_->setObjectName(QStringLiteral("internet"));
    enabled_ = new QCheckBox(tr("NAT (NAPT) between two interfaces"));
    enabled_->setObjectName(QStringLiteral("nat"));
    body_ = new QWidget;
    auto interfaceName = [](const QString& t) {
        return t.isEmpty() ? tr("an interface name, e.g. eth0") : QString();
    };
    inside_ = new CheckedLineEdit(QStringLiteral("natInside"), interfaceName);
    outside_ = new CheckedLineEdit(QStringLiteral("natOutside"), interfaceName);
    // The loader's range (core/lab/lab_json.cpp): a second to a day.
    timeout_ = new CheckedLineEdit(QStringLiteral("natTimeout"),
                                   [](const QString& t) { return checkNumber(t, 1, 86400); });
    auto* model = new TextTableModel(
        {{tr("Inside address"), address()}, {tr("Global address"), address()}}, this);
    statics_ = new EditorTable(tr("Static NAT (one-to-one)"), QStringLiteral("natStatic"), model,
                               {QString(), QString()});
    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("natSectionError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(problemLabelStyle());
    error_->hide();

    auto* bodyLayout = new QVBoxLayout(body_);
    bodyLayout->setContentsMargins(12, 0, 0, 0);
    auto* form = new QFormLayout;
    form->addRow(tr("Inside interface"), inside_);
    form->addRow(tr("Outside interface"), outside_);
    form->addRow(tr("Mapping timeout (s)"), timeout_);
    bodyLayout->addLayout(form);
    bodyLayout->addWidget(statics_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Forwarding and NAT").toHtmlEscaped())));
    layout->addWidget(directedBroadcast_);
    layout->addWidget(internet_);
    layout->addWidget(enabled_);
    layout->addWidget(body_);
    layout->addWidget(error_);

    for (QCheckBox* box : {directedBroadcast_, internet_})
        connect(box, &QCheckBox::toggled, this, &EditorSection::edited);
    connect(enabled_, &QCheckBox::toggled, this, [this](bool on) {
        body_->setVisible(on);
        Q_EMIT edited();
    });
    for (CheckedLineEdit* f : {inside_, outside_, timeout_})
        connect(f, &CheckedLineEdit::edited, this, &EditorSection::edited);
    connect(model, &TextTableModel::edited, this, &EditorSection::edited);
}

bool NatSection::appliesTo(const lab::Device& d) const {
    return d.type == lab::DeviceType::Router;
}

void NatSection::load(const lab::Device& d) {
    const lab::Nat nat = d.nat.value_or(lab::Nat{});
    {
        const QSignalBlocker a(directedBroadcast_), b(internet_), c(enabled_);
        directedBroadcast_->setChecked(d.directedBroadcast);
        internet_->setChecked(d.internet);
        enabled_->setChecked(d.nat.has_value());
    }
    body_->setVisible(d.nat.has_value());
    // A new NAT starts from the first two interfaces: inside, then outside.
    const auto name = [&d](std::size_t i) {
        return i < d.interfaces.size() ? q(d.interfaces[i].name) : QString();
    };
    inside_->setText(d.nat ? q(nat.inside) : name(0));
    outside_->setText(d.nat ? q(nat.outside) : name(1));
    timeout_->setText(numberText(nat.timeout));
    std::vector<QStringList> rows;
    for (const lab::StaticNat& s : nat.statics)
        rows.push_back({q(s.inside.toString()), q(s.global.toString())});
    statics_->model()->setRows(rows, {});
    statics_->showProblem({});
    error_->hide();
}

QString NatSection::fieldProblem(QWidget* field, const QString& text) {
    problemWidget_ = field;
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
    return text;
}

QString NatSection::check() {
    problemWidget_ = nullptr;
    error_->hide();
    statics_->showProblem({});
    if (!enabled_->isChecked())
        return {};
    for (CheckedLineEdit* f : {inside_, outside_, timeout_})
        if (!f->isValid()) {
            problemWidget_ = f;
            return f->problem();
        }
    if (const QString p = statics_->checkCells(); !p.isEmpty()) {
        problemWidget_ = statics_->view();
        return p;
    }
    return {};
}

void NatSection::store(lab::Device& d) const {
    d.directedBroadcast = directedBroadcast_->isChecked();
    d.internet = internet_->isChecked();
    if (!enabled_->isChecked()) {
        d.nat.reset();
        return;
    }
    lab::Nat nat;
    nat.inside = inside_->text().toStdString();
    nat.outside = outside_->text().toStdString();
    nat.timeout = timeout_->text().toDouble();
    for (const QStringList& row : statics_->model()->rows())
        nat.statics.push_back({*addressFromText(row[0]), *addressFromText(row[1])});
    d.nat = nat;
}

QString NatSection::placeIssue(const QString& path, const QString& message) {
    const std::vector<PathStep> steps = splitPath(path);
    if (steps.empty() || steps[0].key != QLatin1String("nat"))
        return {};
    const QString field = steps.size() > 1 ? steps[1].key : QString();
    if (field == QLatin1String("static")) {
        problemWidget_ = statics_->view();
        return statics_->cellProblem(steps[1].index,
                                     steps[1].index < 0                            ? -1
                                     : steps.back().key == QLatin1String("global") ? 1
                                                                                   : 0,
                                     message);
    }
    if (field == QLatin1String("outside"))
        return fieldProblem(outside_, tr("NAT, outside interface: %1").arg(message));
    if (field == QLatin1String("timeout"))
        return fieldProblem(timeout_, tr("NAT, mapping timeout: %1").arg(message));
    return fieldProblem(inside_, tr("NAT, inside interface: %1").arg(message));
}

} // namespace ww::ui
