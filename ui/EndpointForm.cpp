#include "EndpointForm.h"

#include "ResourcePicker.h"
#include "Theme.h"
#include "ui_EndpointForm.h"

#include <QLineEdit>

namespace EndpointDesk {

EndpointForm::EndpointForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EndpointForm>())
{
    m_ui->setupUi(this);
    m_ui->projectCombo->setKind(ResourceKind::Project);
    m_ui->vpcCombo->setKind(ResourceKind::Vpc);
    m_ui->subnetCombo->setKind(ResourceKind::Subnet);
    m_ui->agencyCombo->setKind(ResourceKind::Agency);
    m_ui->projectNotes->addWidget(m_ui->projectCombo->statusWidget());
    m_ui->vpcNotes->addWidget(m_ui->vpcCombo->statusWidget());
    m_ui->subnetNotes->addWidget(m_ui->subnetCombo->statusWidget());
    m_ui->agencyNotes->addWidget(m_ui->agencyCombo->statusWidget());
    connect(m_ui->projectCombo, &ResourcePicker::currentIdChanged, this, &EndpointForm::updateProjectScopes);
    connect(m_ui->projectCombo, &ResourcePicker::currentIdChanged, this, &EndpointForm::projectIdChanged);
    connect(m_ui->vpcCombo, &ResourcePicker::currentIdChanged, this, &EndpointForm::updateSubnetScope);
    // A subnet belongs to one VPC: picking another VPC empties a subnet picked from the old list.
    connect(m_ui->vpcCombo, &ResourcePicker::idPicked, m_ui->subnetCombo, &ResourcePicker::clearChoice);
    m_ui->flavorCombo->addItem(QStringLiteral("default"));
    m_ui->flavorCombo->setCurrentIndex(-1);
    m_ui->flavorCombo->lineEdit()->setPlaceholderText(tr("default (large)"));
    m_ui->agencyCombo->lineEdit()->setPlaceholderText(tr("none"));

    for (SpecField field :
         {SpecField::Project, SpecField::Vpc, SpecField::Subnet, SpecField::Flavor, SpecField::Agency}) {
        QComboBox *combo = comboFor(field);
        QLabel *problem = problemLabelFor(field);
        problem->setAccessibleName(combo->accessibleName() + tr(" problem"));
        // On Linux a combo box is announced by its current item, not by its accessible name; the text
        // field inside an editable one carries the field's name, so it can be found and typed into by it.
        combo->lineEdit()->setAccessibleName(combo->accessibleName());
        problem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorColor(palette()).name()));
        // Editing a marked field clears its mark: the message described the old value.
        connect(combo, &QComboBox::currentTextChanged, this, [this, problem] {
            problem->hide();
            Q_EMIT edited();
        });
    }
}

EndpointForm::~EndpointForm() = default;

QComboBox *EndpointForm::comboFor(SpecField field) const
{
    switch (field) {
    case SpecField::Region:
        return nullptr;
    case SpecField::Project:
        return m_ui->projectCombo;
    case SpecField::Vpc:
        return m_ui->vpcCombo;
    case SpecField::Subnet:
        return m_ui->subnetCombo;
    case SpecField::Flavor:
        return m_ui->flavorCombo;
    case SpecField::Agency:
        return m_ui->agencyCombo;
    }
    return nullptr;
}

ResourcePicker *EndpointForm::pickerFor(SpecField field) const
{
    return qobject_cast<ResourcePicker *>(comboFor(field));
}

void EndpointForm::setLister(ResourceKind kind, ResourceLister *lister)
{
    for (SpecField field : {SpecField::Project, SpecField::Vpc, SpecField::Subnet, SpecField::Agency}) {
        if (pickerFor(field)->kind() == kind)
            pickerFor(field)->setLister(lister);
    }
}

void EndpointForm::setListingScope(const QString &profile, const QString &region, bool reload)
{
    if (reload && !m_profile.isEmpty()) {
        // Same scope, new credentials or endpoint: forget the lists so they are fetched again.
        m_profile.clear();
        m_region.clear();
        setListingScope({}, {}, false);
    }
    m_profile = profile;
    m_region = region;
    ListingKey projects = scopeFor(QString());
    projects.kind = ResourceKind::Project;
    m_ui->projectCombo->setScope(projects);
    updateProjectScopes();
}

ListingKey EndpointForm::scopeFor(const QString &projectId) const
{
    ListingKey key;
    key.profile = m_profile;
    key.region = m_region;
    key.projectId = projectId;
    return key;
}

void EndpointForm::updateProjectScopes()
{
    // Only a well-formed id is worth asking the cloud about; a half-typed one would be refused.
    const QString projectId = m_ui->projectCombo->currentId();
    const QString scopedProject = !m_profile.isEmpty() && SpecValidator::isProjectId(projectId) ? projectId : QString();
    ListingKey vpcs = scopeFor(scopedProject);
    vpcs.kind = ResourceKind::Vpc;
    m_ui->vpcCombo->setScope(vpcs);
    ListingKey agencies = scopeFor(scopedProject);
    agencies.kind = ResourceKind::Agency;
    m_ui->agencyCombo->setScope(agencies);
    updateSubnetScope();
}

void EndpointForm::updateSubnetScope()
{
    const QString projectId = m_ui->projectCombo->currentId();
    const QString vpcId = m_ui->vpcCombo->currentId();
    const bool ready = !m_profile.isEmpty() && SpecValidator::isProjectId(projectId) && SpecValidator::isUuid(vpcId);
    ListingKey subnets = scopeFor(ready ? projectId : QString());
    subnets.kind = ResourceKind::Subnet;
    subnets.vpcId = ready ? vpcId : QString();
    m_ui->subnetCombo->setScope(subnets);
}

QLabel *EndpointForm::problemLabelFor(SpecField field) const
{
    switch (field) {
    case SpecField::Region:
        return nullptr;
    case SpecField::Project:
        return m_ui->projectProblem;
    case SpecField::Vpc:
        return m_ui->vpcProblem;
    case SpecField::Subnet:
        return m_ui->subnetProblem;
    case SpecField::Flavor:
        return m_ui->flavorProblem;
    case SpecField::Agency:
        return m_ui->agencyProblem;
    }
    return nullptr;
}

EndpointSpec EndpointForm::spec() const
{
    EndpointSpec spec;
    spec.projectId = m_ui->projectCombo->currentId();
    spec.vpcId = m_ui->vpcCombo->currentId();
    spec.subnetId = m_ui->subnetCombo->currentId();
    spec.flavor = m_ui->flavorCombo->currentText().trimmed();
    spec.agency = m_ui->agencyCombo->currentId();
    return spec;
}

void EndpointForm::setSpec(const EndpointSpec &spec)
{
    m_ui->projectCombo->setCurrentId(spec.projectId);
    m_ui->vpcCombo->setCurrentId(spec.vpcId);
    m_ui->subnetCombo->setCurrentId(spec.subnetId);
    m_ui->flavorCombo->setEditText(spec.flavor);
    m_ui->agencyCombo->setCurrentId(spec.agency);
}

void EndpointForm::setProjectId(const QString &projectId)
{
    m_ui->projectCombo->setCurrentId(projectId);
}

void EndpointForm::clearPlacement()
{
    for (SpecField field : {SpecField::Project, SpecField::Vpc, SpecField::Subnet})
        pickerFor(field)->clearChoice();
}

void EndpointForm::clearProblems()
{
    showProblems({});
}

void EndpointForm::showProblems(const QList<FieldProblem> &problems)
{
    bool focused = false;
    for (SpecField field :
         {SpecField::Project, SpecField::Vpc, SpecField::Subnet, SpecField::Flavor, SpecField::Agency}) {
        QStringList messages;
        for (const FieldProblem &problem : problems) {
            if (problem.field == field)
                messages.append(problem.message);
        }
        QLabel *label = problemLabelFor(field);
        label->setText(messages.join(QLatin1Char(' ')));
        label->setVisible(!messages.isEmpty());
        if (!messages.isEmpty() && !focused) {
            // Keyboard users land on the first field to fix.
            comboFor(field)->setFocus(Qt::OtherFocusReason);
            focused = true;
        }
    }
}

} // namespace EndpointDesk
