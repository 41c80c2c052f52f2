#include "EndpointForm.h"

#include "Theme.h"
#include "ui_EndpointForm.h"

#include <QLineEdit>

namespace EndpointDesk {

namespace {

QString currentText(const QComboBox *combo)
{
    // An item's id (UserRole) when one was picked, else what was typed.
    const int index = combo->findText(combo->currentText());
    if (index >= 0 && combo->itemData(index).isValid())
        return combo->itemData(index).toString();
    return combo->currentText().trimmed();
}

} // namespace

EndpointForm::EndpointForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EndpointForm>())
{
    m_ui->setupUi(this);
    m_ui->flavorCombo->addItem(QStringLiteral("default"));
    m_ui->flavorCombo->setCurrentIndex(-1);
    m_ui->flavorCombo->lineEdit()->setPlaceholderText(tr("default (large)"));
    m_ui->agencyCombo->lineEdit()->setPlaceholderText(tr("none"));

    for (SpecField field : {SpecField::Project, SpecField::Vpc, SpecField::Subnet, SpecField::Flavor, SpecField::Agency}) {
        QComboBox *combo = comboFor(field);
        QLabel *problem = problemLabelFor(field);
        problem->setAccessibleName(combo->accessibleName() + tr(" problem"));
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

EndpointSpec EndpointForm::spec(const QString &region) const
{
    EndpointSpec spec;
    spec.region = region;
    spec.projectId = currentText(m_ui->projectCombo);
    spec.vpcId = currentText(m_ui->vpcCombo);
    spec.subnetId = currentText(m_ui->subnetCombo);
    spec.flavor = m_ui->flavorCombo->currentText().trimmed();
    spec.agency = m_ui->agencyCombo->currentText().trimmed();
    return spec;
}

void EndpointForm::setSpec(const EndpointSpec &spec)
{
    m_ui->projectCombo->setEditText(spec.projectId);
    m_ui->vpcCombo->setEditText(spec.vpcId);
    m_ui->subnetCombo->setEditText(spec.subnetId);
    m_ui->flavorCombo->setEditText(spec.flavor);
    m_ui->agencyCombo->setEditText(spec.agency);
}

void EndpointForm::clearProblems()
{
    showProblems({});
}

void EndpointForm::showProblems(const QList<FieldProblem> &problems)
{
    bool focused = false;
    for (SpecField field : {SpecField::Project, SpecField::Vpc, SpecField::Subnet, SpecField::Flavor, SpecField::Agency}) {
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
