#include "AdoptEndpointDialog.h"

#include "EndpointAdoption.h"
#include "EndpointNames.h"
#include "RegionChoice.h"
#include "Theme.h"
#include "ui_AdoptEndpointDialog.h"

#include <QHash>
#include <QLineEdit>
#include <QPushButton>

namespace EndpointDesk {

AdoptEndpointDialog::AdoptEndpointDialog(EndpointAdoption *adoption, const EndpointKey &initial, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdoptEndpointDialog>())
    , m_adoption(adoption)
{
    m_ui->setupUi(this);
    m_addButton = m_ui->buttons->addButton(tr("&Add to record"), QDialogButtonBox::AcceptRole);
    m_addButton->setAccessibleName(tr("Add to record"));
    m_addButton->setDefault(true);
    m_ui->problem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorColor(palette()).name()));
    m_ui->problem->hide();
    RegionChoice::setUp(m_ui->regionCombo);
    for (QComboBox *combo : {m_ui->projectCombo, m_ui->vpcCombo, m_ui->subnetCombo}) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setMinimumContentsLength(40);
        combo->lineEdit()->setPlaceholderText(tr("Pick, or type the ID"));
    }

    RegionChoice::select(m_ui->regionCombo, initial.region);
    fillProjects();
    choose(m_ui->projectCombo, initial.projectId);
    fillVpcs();
    choose(m_ui->vpcCombo, initial.vpcId);
    fillSubnets();
    choose(m_ui->subnetCombo, initial.subnetId);

    // What a field lists depends on the one above it; typing an ID lists too once it is complete.
    connect(m_ui->regionCombo, &QComboBox::currentTextChanged, this, &AdoptEndpointDialog::fillProjects);
    connect(m_ui->projectCombo, &QComboBox::currentTextChanged, this, &AdoptEndpointDialog::fillVpcs);
    connect(m_ui->vpcCombo, &QComboBox::currentTextChanged, this, &AdoptEndpointDialog::fillSubnets);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AdoptEndpointDialog::add);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AdoptEndpointDialog::~AdoptEndpointDialog() = default;

EndpointKey AdoptEndpointDialog::key() const
{
    return {RegionChoice::regionId(m_ui->regionCombo), idIn(m_ui->projectCombo), idIn(m_ui->vpcCombo),
            idIn(m_ui->subnetCombo)};
}

void AdoptEndpointDialog::fill(QComboBox *combo, const QList<ResourceItem> &items)
{
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const ResourceItem &item : items)
        combo->addItem(EndpointNames::labelled(item.name, item.id), item.id);
    combo->setCurrentIndex(-1);
    combo->setEditText(text); // what was typed or chosen stays
}

void AdoptEndpointDialog::fillProjects()
{
    fill(m_ui->projectCombo, m_adoption->listed(ResourceKind::Project, key().region));
}

void AdoptEndpointDialog::fillVpcs()
{
    const EndpointKey place = key();
    fill(m_ui->vpcCombo, m_adoption->listed(ResourceKind::Vpc, place.region, place.projectId));
}

void AdoptEndpointDialog::fillSubnets()
{
    const EndpointKey place = key();
    fill(m_ui->subnetCombo, m_adoption->listed(ResourceKind::Subnet, place.region, place.projectId, place.vpcId));
}

QString AdoptEndpointDialog::idIn(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    return index >= 0 ? combo->itemData(index).toString() : text;
}

void AdoptEndpointDialog::choose(QComboBox *combo, const QString &id)
{
    const int index = id.isEmpty() ? -1 : combo->findData(id);
    combo->setEditText(index >= 0 ? combo->itemText(index) : id);
}

void AdoptEndpointDialog::add()
{
    QStringList messages;
    // One line a field, named as its label names it.
    const QHash<SpecField, QLabel *> labels = {{SpecField::Region, m_ui->regionLabel},
                                               {SpecField::Project, m_ui->projectLabel},
                                               {SpecField::Vpc, m_ui->vpcLabel},
                                               {SpecField::Subnet, m_ui->subnetLabel}};
    for (const FieldProblem &problem : EndpointAdoption::problems(key())) {
        QLabel *label = labels.value(problem.field);
        const QString field = label ? label->text().remove(u'&') : QString();
        messages.append(field.isEmpty() ? problem.message : field + u' ' + problem.message);
    }
    if (messages.isEmpty()) {
        bool added = false;
        m_outcome = m_adoption->adopt(key(), &added);
        if (added) {
            accept();
            return;
        }
        messages.append(m_outcome);
    }
    m_ui->problem->setText(messages.join(u'\n'));
    m_ui->problem->show();
}

} // namespace EndpointDesk
