#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace EndpointDesk {

// One row of a file of endpoints to create, as written: each value trimmed, nothing resolved yet.
struct BatchInput
{
    int line = 0;   // where the row starts in the file, from 1
    QString region; // empty: the profile's region
    QString project;
    QString vpc;
    QString subnet;
    QString flavor;
    QString agency;
    QString problem; // what is wrong with the row as written; empty when nothing
};

// What a file of endpoints holds: its rows, or why it cannot be read at all.
struct BatchFile
{
    QList<BatchInput> rows;
    QString problem;   // the whole file is refused; rows is then empty
    QStringList notes; // read anyway, but worth saying: columns that are not used
    QChar separator;   // as detected: ',', ';' or '\t'

    bool isReadable() const { return problem.isEmpty(); }
};

// Reads CSV in UTF-8 (with or without a byte order mark), with comma, semicolon or tab between values,
// quoted values, and rows pasted from a spreadsheet (tab separated, CRLF). The first row names the
// columns, in any order and case: region (optional), project, vpc, subnet, flavor, agency, or the
// names the API uses (project_id, vpc_id, subnet_id, xrole), or the console's Chinese terms. Never trusts the input:
// anything it cannot use becomes a message, on its row or for the whole file.
class BatchCsv
{
public:
    static constexpr qsizetype MaxBytes = 1024 * 1024;
    static constexpr int MaxRows = 1000;

    static BatchFile parse(const QByteArray &bytes);
    static BatchFile readFile(const QString &path);

    // The column a header names, or -1: 0 region, 1 project, 2 vpc, 3 subnet, 4 flavor, 5 agency.
    static int columnOf(const QString &header);
};

} // namespace EndpointDesk
