#include "SpecValidator.h"

#include "Region.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace EndpointDesk {

namespace {

// IAM agency names: letters, digits, spaces and -_. , at most 64 characters.
constexpr qsizetype MaxAgencyLength = 64;
// Flavor names are short identifiers; the cloud documents only "default".
constexpr qsizetype MaxFlavorLength = 64;

// Every pattern is anchoredPattern(): "^...$" would also match text ending in a newline.

} // namespace

bool SpecValidator::isProjectId(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-fA-F]{32}")));
    return pattern.match(text).hasMatch();
}

bool SpecValidator::isUuid(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")));
    return pattern.match(text).hasMatch();
}

QString SpecValidator::checkFlavor(const QString &flavor)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.-]+")));
    if (flavor.size() > MaxFlavorLength)
        return QCoreApplication::translate("EndpointDesk", "The flavor is at most 64 characters.");
    if (!flavor.isEmpty() && !pattern.match(flavor).hasMatch())
        return QCoreApplication::translate("EndpointDesk", "The flavor may contain only letters, digits and - _ .");
    return {};
}

QString SpecValidator::checkAgency(const QString &agency)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.\\- ]+")));
    if (agency.size() > MaxAgencyLength)
        return QCoreApplication::translate("EndpointDesk", "An agency name is at most 64 characters.");
    // Inside, a space is allowed; around it, it is padding from a file.
    if (!agency.isEmpty() && (!pattern.match(agency).hasMatch() || agency.trimmed() != agency))
        return QCoreApplication::translate("EndpointDesk",
                                           "An agency name may contain only letters, digits, spaces and - _ .");
    return {};
}

QList<FieldProblem> SpecValidator::validate(const EndpointSpec &untrimmed)
{
    const EndpointSpec spec = untrimmed.trimmed();
    QList<FieldProblem> problems;

    // A region not documented for VPC endpoints is the cloud's to refuse: only the id's shape is checked.
    if (const QString problem = RegionCatalog::checkId(spec.region); !problem.isEmpty())
        problems.append({SpecField::Region, problem});

    if (spec.projectId.isEmpty())
        problems.append({SpecField::Project, QCoreApplication::translate("EndpointDesk", "Enter the project ID.")});
    else if (!isProjectId(spec.projectId))
        problems.append(
            {SpecField::Project,
             QCoreApplication::translate("EndpointDesk", "A project ID is 32 hexadecimal characters (0-9, a-f).")});

    const auto checkUuid = [&problems](SpecField field, const QString &value, const QString &missing) {
        if (value.isEmpty())
            problems.append({field, missing});
        else if (!isUuid(value))
            problems.append({field, QCoreApplication::translate(
                                        "EndpointDesk", "An ID looks like 01234567-89ab-cdef-0123-456789abcdef.")});
    };
    checkUuid(SpecField::Vpc, spec.vpcId, QCoreApplication::translate("EndpointDesk", "Choose or enter the VPC ID."));
    checkUuid(SpecField::Subnet, spec.subnetId,
              QCoreApplication::translate("EndpointDesk", "Choose or enter the subnet ID."));

    const auto add = [&problems](SpecField field, const QString &message) {
        if (!message.isEmpty())
            problems.append({field, message});
    };
    add(SpecField::Flavor, checkFlavor(spec.flavor));
    add(SpecField::Agency, checkAgency(spec.agency));

    return problems;
}

} // namespace EndpointDesk
