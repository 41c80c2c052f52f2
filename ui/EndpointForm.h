#pragma once

#include "EndpointSpec.h"
#include "ListingKey.h"
#include "ResourceKind.h"
#include "SpecValidator.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace EndpointDesk {

class ResourceLister;
class ResourcePicker;

namespace Ui {
class EndpointForm;
}

// The fields of one endpoint. Project, VPC, subnet and agency are pickers filled from the cloud
// that still take a typed id; choosing a project lists its VPCs and agencies, choosing a VPC its
// subnets.
class EndpointForm : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointForm(QWidget *parent = nullptr);
    ~EndpointForm() override;

    // Where the picker of kind lists from; the lister must outlive the form.
    void setLister(ResourceKind kind, ResourceLister *lister);
    // Which profile and region the listings belong to; an empty region stops listing (not signed in).
    // reload lists again even when the scope is the same (the credentials or endpoint changed).
    void setListingScope(const QString &profile, const QString &region, bool reload = false);

    // The fields' values (ids, never the text a picker shows for one); the region is not the form's.
    EndpointSpec spec() const;
    void setSpec(const EndpointSpec &spec);
    void setProjectId(const QString &projectId);
    // Empties the project, VPC and subnet: they belonged to another region.
    void clearPlacement();
    // Marks every field named in problems and clears the others.
    void showProblems(const QList<FieldProblem> &problems);
    void clearProblems();

    QComboBox *comboFor(SpecField field) const;
    ResourcePicker *pickerFor(SpecField field) const;

Q_SIGNALS:
    void edited();
    // The project's id changed: picked, typed or cleared.
    void projectIdChanged(const QString &projectId);

private:
    QLabel *problemLabelFor(SpecField field) const;
    ListingKey scopeFor(const QString &projectId) const;
    void updateProjectScopes();
    void updateSubnetScope();

    std::unique_ptr<Ui::EndpointForm> m_ui;
    QString m_profile;
    QString m_region;
};

} // namespace EndpointDesk
