#include "BatchResolver.h"

#include "ListingCache.h"
#include "ResourceLister.h"
#include "SubnetRecognition.h"

#include <QCoreApplication>
#include <QSet>

namespace EndpointDesk {

namespace {

bool looksLikeId(ResourceKind kind, const QString &text)
{
    return kind == ResourceKind::Project ? SpecValidator::isProjectId(text) : SpecValidator::isUuid(text);
}

QString noneNamed(ResourceKind kind, const QString &name)
{
    switch (kind) {
    case ResourceKind::Project:
        return QCoreApplication::translate("EndpointDesk", "No project in this region is named \"%1\".").arg(name);
    case ResourceKind::Vpc:
        return QCoreApplication::translate("EndpointDesk", "No VPC in this project is named \"%1\".").arg(name);
    default:
        return QCoreApplication::translate("EndpointDesk", "No subnet in this VPC is named \"%1\".").arg(name);
    }
}

QString severalNamed(ResourceKind kind, const QString &name, int count)
{
    switch (kind) {
    case ResourceKind::Project:
        return QCoreApplication::translate("EndpointDesk", "%n projects are named \"%1\": give the project ID instead.",
                                           nullptr, count)
            .arg(name);
    case ResourceKind::Vpc:
        return QCoreApplication::translate("EndpointDesk", "%n VPCs are named \"%1\": give the VPC ID instead.",
                                           nullptr, count)
            .arg(name);
    default:
        return QCoreApplication::translate("EndpointDesk", "%n subnets are named \"%1\": give the subnet ID instead.",
                                           nullptr, count)
            .arg(name);
    }
}

QString fieldName(SpecField field)
{
    switch (field) {
    case SpecField::Region:
        return QCoreApplication::translate("EndpointDesk", "Region");
    case SpecField::Project:
        return QCoreApplication::translate("EndpointDesk", "Project");
    case SpecField::Vpc:
        return QCoreApplication::translate("EndpointDesk", "VPC");
    case SpecField::Subnet:
        return QCoreApplication::translate("EndpointDesk", "Subnet");
    case SpecField::Flavor:
        return QCoreApplication::translate("EndpointDesk", "Flavor");
    case SpecField::Agency:
        return QCoreApplication::translate("EndpointDesk", "Agency");
    }
    return {};
}

} // namespace

BatchResolver::BatchResolver(CloudConnection *connection, ListingCache *cache, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_lister(new ResourceLister(connection, this))
{
    m_lister->setCache(cache);
    connect(m_lister, &ResourceLister::finished, this, &BatchResolver::onListed);
    connect(m_lister, &ResourceLister::failed, this, &BatchResolver::onListingFailed);
}

void BatchResolver::resolve(const QList<BatchInput> &inputs, const QString &profile, const QString &region,
                            Validator validate)
{
    cancel();
    m_busy = true;
    m_profile = profile;
    m_region = region;
    m_validate = std::move(validate);
    m_rows.clear();
    m_failures.clear();
    m_queue.clear();
    m_projectsDone = false;
    bool needProjects = false;
    for (const BatchInput &input : inputs) {
        BatchRow row;
        row.input = input;
        row.spec.region = input.region.isEmpty() ? region : input.region;
        row.spec.flavor = input.flavor;
        row.spec.agency = input.agency;
        if (!input.problem.isEmpty()) {
            row.state = BatchRow::State::Invalid;
            row.message = input.problem;
        } else if (row.spec.region != region) {
            row.state = BatchRow::State::Invalid;
            row.message =
                QCoreApplication::translate(
                    "EndpointDesk", "This row is for region %1 and the profile is in %2: create it with a profile "
                                    "in %1.")
                    .arg(row.spec.region, region);
        } else if (!looksLikeId(ResourceKind::Project, input.project)) {
            needProjects = needProjects || !input.project.isEmpty();
        }
        m_rows.append(row);
    }
    if (needProjects)
        m_queue.append({m_profile, m_region, QString(), ResourceKind::Project, QString()});
    listNext();
}

void BatchResolver::cancel()
{
    m_queue.clear();
    m_busy = false;
    m_lister->cancel();
}

void BatchResolver::listNext()
{
    // Asynchronous even when nothing is listed or the cache has it all, like ResourceLister itself.
    while (!m_queue.isEmpty()) {
        const ListingKey key = m_queue.takeFirst();
        if (m_lister->load(key))
            return;
    }
    if (!m_projectsDone) {
        resolveProjects();
        return;
    }
    QMetaObject::invokeMethod(this, &BatchResolver::finish, Qt::QueuedConnection);
}

void BatchResolver::onListed()
{
    if (m_busy)
        listNext();
}

void BatchResolver::onListingFailed(const ApiError &error)
{
    if (!m_busy)
        return;
    m_failures.insert(m_lister->key(), ResourceLister::failureText(m_lister->key().kind, error));
    listNext();
}

void BatchResolver::resolveProjects()
{
    m_projectsDone = true;
    const ListingKey projects{m_profile, m_region, QString(), ResourceKind::Project, QString()};
    QSet<QString> listed;
    for (BatchRow &row : m_rows) {
        if (row.state != BatchRow::State::Checking)
            continue;
        QString problem;
        row.spec.projectId = pick(ResourceKind::Project, row.input.project, projects, QString(), &problem);
        if (!problem.isEmpty()) {
            row.state = BatchRow::State::Invalid;
            row.message = problem;
            continue;
        }
        // The project's VPCs and all its subnets, once each.
        if (SpecValidator::isProjectId(row.spec.projectId) && !listed.contains(row.spec.projectId)) {
            listed.insert(row.spec.projectId);
            m_queue.append({m_profile, m_region, row.spec.projectId, ResourceKind::Vpc, QString()});
            m_queue.append({m_profile, m_region, row.spec.projectId, ResourceKind::Subnet, QString()});
        }
    }
    listNext();
}

QString BatchResolver::pick(ResourceKind kind, const QString &text, const ListingKey &key, const QString &parentId,
                            QString *problem) const
{
    if (text.isEmpty())
        return {};
    const std::optional<ResourceItems> items = m_cache->find(key);
    if (!items) {
        // Not listed: an id goes to the checks and the cloud as it is; a name cannot be looked up.
        if (looksLikeId(kind, text))
            return text;
        const QString why = m_failures.value(key);
        *problem = why.isEmpty()
                       ? noneNamed(kind, text)
                       : QCoreApplication::translate("EndpointDesk", "\"%1\" could not be looked up: %2", "a name, why")
                             .arg(text, why);
        return {};
    }
    QStringList named;
    ResourceItems inParent;
    for (const ResourceItem &item : *items) {
        if (item.id == text)
            return text;
        if (parentId.isEmpty() || item.parentId == parentId) {
            inParent.append(item);
            if (item.name == text)
                named.append(item.id);
        }
    }
    // People paste a subnet's IPv4 subnet ID, which the create call does not take: the picker's rule.
    if (kind == ResourceKind::Subnet) {
        const SubnetRecognition::Result found = SubnetRecognition::recognise(text, inParent);
        if (found.match == SubnetRecognition::Match::NeutronId)
            return found.subnetId;
    }
    if (named.size() == 1)
        return named.first();
    if (named.size() > 1) {
        *problem = severalNamed(kind, text, int(named.size()));
        return {};
    }
    if (looksLikeId(kind, text))
        return text; // the form's checks say what the listing knows of it
    *problem = noneNamed(kind, text);
    return {};
}

void BatchResolver::finish()
{
    if (!m_busy)
        return;
    QHash<QString, int> seen; // project/VPC/subnet -> line of the first row
    for (BatchRow &row : m_rows) {
        if (row.state != BatchRow::State::Checking)
            continue;
        const ListingKey scope{m_profile, m_region, row.spec.projectId, ResourceKind::Vpc, QString()};
        QStringList problems;
        QString problem;
        row.spec.vpcId = pick(ResourceKind::Vpc, row.input.vpc, scope, QString(), &problem);
        if (!problem.isEmpty())
            problems.append(problem);
        // A subnet name is looked up in its VPC: without the VPC, the VPC's problem is the one to tell.
        if (problems.isEmpty()) {
            ListingKey subnets = scope;
            subnets.kind = ResourceKind::Subnet;
            row.spec.subnetId = pick(ResourceKind::Subnet, row.input.subnet, subnets, row.spec.vpcId, &problem);
            if (!problem.isEmpty())
                problems.append(problem);
        }
        if (problems.isEmpty() && m_validate) {
            for (const FieldProblem &found : m_validate(row.spec))
                problems.append(QCoreApplication::translate("EndpointDesk", "%1: %2", "a field, its problem")
                                    .arg(fieldName(found.field), found.message));
        }
        const QString endpoint =
            row.spec.projectId + QLatin1Char('/') + row.spec.vpcId + QLatin1Char('/') + row.spec.subnetId;
        if (problems.isEmpty() && seen.contains(endpoint))
            problems.append(
                QCoreApplication::translate("EndpointDesk", "The same endpoint as line %1.").arg(seen.value(endpoint)));
        if (problems.isEmpty()) {
            seen.insert(endpoint, row.input.line);
            row.state = BatchRow::State::Ready;
            row.message.clear();
        } else {
            row.state = BatchRow::State::Invalid;
            row.message = problems.join(QLatin1Char(' '));
        }
    }
    m_busy = false;
    Q_EMIT finished(m_rows);
}

} // namespace EndpointDesk
