#pragma once

#include "EndpointSpec.h"
#include "ListingKey.h"
#include "SpecValidator.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace EndpointDesk {

class CloudConnection;
class ListingCache;
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

    // Where the pickers list from. Both must outlive the form.
    void setListingSource(CloudConnection *connection, ListingCache *cache);
    // Which profile and region the listings belong to; an empty region stops listing (not signed in).
    // reload lists again even when the scope is the same (the credentials or endpoint changed).
    void setListingScope(const QString &profile, const QString &region, bool reload = false);

    // Region comes from the connection bar; the rest from the fields.
    EndpointSpec spec(const QString &region) const;
    void setSpec(const EndpointSpec &spec);

    // Validation of the spec plus what the listings know (a subnet outside the chosen VPC).
    QList<FieldProblem> problems(const QString &region) const;
    // Marks every field named in problems and clears the others.
    void showProblems(const QList<FieldProblem> &problems);
    void clearProblems();

    QComboBox *comboFor(SpecField field) const;
    ResourcePicker *pickerFor(SpecField field) const;

Q_SIGNALS:
    void edited();

private:
    QLabel *problemLabelFor(SpecField field) const;
    ListingKey scopeFor(const QString &projectId) const;
    void updateProjectScopes();
    void updateSubnetScope();

    std::unique_ptr<Ui::EndpointForm> m_ui;
    ListingCache *m_cache = nullptr;
    QString m_profile;
    QString m_region;
};

} // namespace EndpointDesk
