#include "BatchCreate.h"

#include "BatchModel.h"
#include "BatchResolver.h"
#include "BatchRunner.h"
#include "CloudConnection.h"
#include "CsvText.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace EndpointDesk {

namespace {

QString busyText()
{
    return QCoreApplication::translate("EndpointDesk", "Another request is on its way: wait for its answer first.");
}

} // namespace

BatchCreate::BatchCreate(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(new BatchModel(this))
    , m_resolver(new BatchResolver(workspace->connection(), workspace->listings(), this))
{
    m_runner = new BatchRunner(
        m_model, workspace->client(),
        [workspace](const EndpointSpec &spec) -> QString {
            switch (workspace->create(spec)) {
            case Workspace::Refusal::None:
                return {};
            case Workspace::Refusal::Busy:
                return busyText();
            case Workspace::Refusal::InvalidSpec:
                return QCoreApplication::translate("EndpointDesk",
                                                   "Not sent: the row is no longer valid for this profile.");
            case Workspace::Refusal::InvalidEndpoint:
                return workspace->endpointOverrideProblem();
            case Workspace::Refusal::NotRecorded:
                return workspace->recordRefusal();
            }
            return {};
        },
        this);
    connect(m_resolver, &BatchResolver::finished, this, [this](const QList<BatchRow> &rows) {
        m_model->setRows(rows);
        Q_EMIT checked();
    });
    connect(m_runner, &BatchRunner::progress, this, &BatchCreate::progress);
    connect(m_runner, &BatchRunner::finished, this, &BatchCreate::finished);
}

BatchCreate::~BatchCreate() = default;

QString BatchCreate::load(const QString &path)
{
    return start(BatchCsv::readFile(path));
}

QString BatchCreate::loadData(const QByteArray &bytes)
{
    return start(BatchCsv::parse(bytes));
}

QString BatchCreate::start(const BatchFile &file)
{
    if (m_runner->isRunning())
        return QCoreApplication::translate("EndpointDesk", "Wait for the rows on their way, or cancel them, first.");
    m_notes = file.notes;
    QList<BatchRow> rows;
    for (const BatchInput &input : file.rows) {
        BatchRow row;
        row.input = input;
        rows.append(row);
    }
    m_model->setRows(rows);
    if (!file.isReadable()) {
        m_resolver->cancel();
        return file.problem;
    }
    Workspace *workspace = m_workspace;
    m_resolver->resolve(file.rows, workspace->activeProfile()->name(), workspace->activeProfile()->profile().regionId,
                        [workspace](const EndpointSpec &spec) { return workspace->problems(spec); });
    return {};
}

bool BatchCreate::isChecking() const
{
    return m_resolver->isBusy();
}

QString BatchCreate::createAll()
{
    if (m_runner->isRunning())
        return QCoreApplication::translate("EndpointDesk", "The rows are being created.");
    if (m_resolver->isBusy())
        return QCoreApplication::translate("EndpointDesk", "Wait until every row is checked.");
    if (m_model->count(BatchRow::State::Ready) == 0)
        return QCoreApplication::translate("EndpointDesk", "No row is ready to create.");
    if (!m_workspace->canCallCloud())
        return m_workspace->authStatus();
    if (const QString problem = m_workspace->endpointOverrideProblem(); !problem.isEmpty())
        return problem;
    if (m_workspace->isBusy())
        return busyText();
    m_runner->start();
    return {};
}

void BatchCreate::cancel()
{
    m_runner->cancel();
}

bool BatchCreate::isRunning() const
{
    return m_runner->isRunning();
}

bool BatchCreate::exportResults(const QString &path, QString *error) const
{
    return CsvText::writeWhole(path, m_model->toCsv(), error);
}

QString BatchCreate::summary() const
{
    using State = BatchRow::State;
    QStringList parts;
    auto add = [&](State state, const char *text) {
        if (const int n = m_model->count(state); n > 0)
            parts.append(QCoreApplication::translate("EndpointDesk", text, nullptr, n));
    };
    add(State::Ready, QT_TRANSLATE_N_NOOP("EndpointDesk", "%n ready"));
    add(State::Invalid, QT_TRANSLATE_N_NOOP("EndpointDesk", "%n not valid"));
    add(State::Created, QT_TRANSLATE_N_NOOP("EndpointDesk", "%n created"));
    add(State::Exists, QT_TRANSLATE_N_NOOP("EndpointDesk", "%n existed already"));
    add(State::Failed, QT_TRANSLATE_N_NOOP("EndpointDesk", "%n failed"));
    add(State::NotSent, QT_TRANSLATE_N_NOOP("EndpointDesk", "%n not sent"));
    return parts.join(QCoreApplication::translate("EndpointDesk", ", ", "between the parts of a list"));
}

} // namespace EndpointDesk
