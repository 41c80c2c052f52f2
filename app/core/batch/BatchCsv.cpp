#include "BatchCsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <array>

namespace EndpointDesk {

namespace {

enum Column { Region, Project, Vpc, Subnet, Flavor, Agency, ColumnCount };

struct Record
{
    int line = 0;
    QStringList fields;
    bool unclosedQuote = false;
};

bool isBlank(const Record &record)
{
    for (const QString &field : record.fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

// The separator the header row uses most: tab, then semicolon, then comma on a tie. Quoted text is
// not counted.
QChar detectSeparator(const QString &text)
{
    int tabs = 0, semicolons = 0, commas = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char('\t'))
            ++tabs;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char(','))
            ++commas;
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

// Splits the text into records. Line ends are CRLF, LF or CR; a quoted value may hold separators, line
// ends and doubled quotes. Stops at maxRecords + 1 so that a huge file is not split to the end.
QList<Record> splitRecords(const QString &text, QChar separator, int maxRecords)
{
    QList<Record> records;
    Record record;
    QString value;
    bool quoted = false;
    bool afterQuote = false; // the value's closing quote was seen
    int line = 1;
    record.line = 1;
    const qsizetype size = text.size();
    auto endRecord = [&](int nextLine) {
        record.fields.append(value);
        value.clear();
        // Blank lines (also ",,," from a spreadsheet) are no rows.
        if (record.unclosedQuote || !isBlank(record))
            records.append(record);
        record = Record();
        record.line = nextLine;
        afterQuote = false;
    };
    for (qsizetype i = 0; i < size && records.size() <= maxRecords; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    value.append(c);
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && !(i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                value.append(c);
            }
            continue;
        }
        if (c == separator) {
            record.fields.append(value);
            value.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else if (c == QLatin1Char('"') && value.trimmed().isEmpty() && !afterQuote) {
            value.clear(); // spaces before an opening quote are not part of the value
            quoted = true;
        } else {
            value.append(c); // also text after a closing quote: kept, as spreadsheets do
        }
    }
    if (quoted) {
        record.unclosedQuote = true;
        endRecord(line);
    } else if (!value.isEmpty() || !record.fields.isEmpty()) {
        endRecord(line);
    }
    return records;
}

} // namespace

int BatchCsv::columnOf(const QString &header)
{
    // The form's names, the API's, and the console's Chinese terms.
    static const QHash<QString, int> columns = {
        {QStringLiteral("region"), Region},
        {QStringLiteral("region_id"), Region},
        {QStringLiteral("区域"), Region},
        {QStringLiteral("project"), Project},
        {QStringLiteral("project_id"), Project},
        {QStringLiteral("projectid"), Project},
        {QStringLiteral("项目"), Project},
        {QStringLiteral("项目id"), Project},
        {QStringLiteral("vpc"), Vpc},
        {QStringLiteral("vpc_id"), Vpc},
        {QStringLiteral("vpcid"), Vpc},
        {QStringLiteral("虚拟私有云"), Vpc},
        {QStringLiteral("subnet"), Subnet},
        {QStringLiteral("subnet_id"), Subnet},
        {QStringLiteral("subnetid"), Subnet},
        {QStringLiteral("子网"), Subnet},
        {QStringLiteral("flavor"), Flavor},
        {QStringLiteral("规格"), Flavor},
        {QStringLiteral("agency"), Agency},
        {QStringLiteral("xrole"), Agency},
        {QStringLiteral("委托"), Agency},
    };
    QString name = header.trimmed().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return columns.value(name, -1);
}

BatchFile BatchCsv::parse(const QByteArray &bytes)
{
    BatchFile file;
    file.separator = QLatin1Char(',');
    if (bytes.size() > MaxBytes) {
        file.problem =
            QCoreApplication::translate("EndpointDesk", "The file is larger than %1: split it into smaller files.")
                .arg(QLocale().formattedDataSize(MaxBytes, 0));
        return file;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.contains(QChar(0))) {
        file.problem = QCoreApplication::translate(
            "EndpointDesk", "The file is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\".");
        return file;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    // Blank lines before the header are skipped; the header decides the separator.
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    const QString body = text.mid(start);
    file.separator = detectSeparator(body);
    const int skippedLines = int(text.left(start).count(QLatin1Char('\n')));
    QList<Record> records = splitRecords(body, file.separator, MaxRows + 1);
    if (records.isEmpty()) {
        file.problem = QCoreApplication::translate("EndpointDesk", "The file is empty.");
        return file;
    }

    const Record header = records.takeFirst();
    std::array<int, ColumnCount> columnAt;
    columnAt.fill(-1);
    QStringList unknown;
    for (int i = 0; i < header.fields.size(); ++i) {
        const int column = columnOf(header.fields.at(i));
        if (column < 0) {
            if (!header.fields.at(i).trimmed().isEmpty())
                unknown.append(header.fields.at(i).trimmed());
            continue;
        }
        if (columnAt[column] >= 0) {
            file.problem =
                QCoreApplication::translate("EndpointDesk", "The column \"%1\" is named twice in the first line.")
                    .arg(header.fields.at(i).trimmed());
            return file;
        }
        columnAt[column] = i;
    }
    if (columnAt[Project] < 0 || columnAt[Vpc] < 0 || columnAt[Subnet] < 0) {
        file.problem = QCoreApplication::translate(
            "EndpointDesk", "The first line must name the columns: region (optional), project, vpc, subnet, flavor "
                            "and agency (both optional), separated by commas, semicolons or tabs.");
        return file;
    }
    for (const QString &name : std::as_const(unknown))
        file.notes.append(QCoreApplication::translate("EndpointDesk", "The column \"%1\" is not used.").arg(name));

    const qsizetype rowCount = records.size();
    if (rowCount > MaxRows) {
        file.problem =
            QCoreApplication::translate("EndpointDesk", "The file has more than %1 rows: split it into smaller files.")
                .arg(QLocale().toString(MaxRows));
        return file;
    }
    if (rowCount == 0) {
        file.problem = QCoreApplication::translate("EndpointDesk", "The file names its columns but has no rows.");
        return file;
    }

    for (const Record &record : std::as_const(records)) {
        BatchInput row;
        row.line = record.line + skippedLines;
        auto valueOf = [&](int column) {
            const int index = columnAt[column];
            return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed() : QString();
        };
        row.region = valueOf(Region);
        row.project = valueOf(Project);
        row.vpc = valueOf(Vpc);
        row.subnet = valueOf(Subnet);
        row.flavor = valueOf(Flavor);
        row.agency = valueOf(Agency);
        if (record.unclosedQuote) {
            row.problem =
                QCoreApplication::translate("EndpointDesk", "A quoted value that starts on this row is never closed.");
        } else if (record.fields.size() > header.fields.size()) {
            bool extraText = false;
            for (qsizetype i = header.fields.size(); i < record.fields.size(); ++i)
                extraText = extraText || !record.fields.at(i).trimmed().isEmpty();
            if (extraText)
                row.problem = QCoreApplication::translate("EndpointDesk",
                                                          "This row has %1 values but the first line names %2 columns.")
                                  .arg(record.fields.size())
                                  .arg(header.fields.size());
        }
        file.rows.append(row);
    }
    return file;
}

BatchFile BatchCsv::readFile(const QString &path)
{
    QFile input(path);
    BatchFile file;
    if (!input.open(QIODevice::ReadOnly)) {
        file.problem = QCoreApplication::translate("EndpointDesk", "Could not read %1: %2")
                           .arg(QDir::toNativeSeparators(path), input.errorString());
        return file;
    }
    // One byte more than allowed tells a file that is too large without reading all of it.
    return parse(input.read(MaxBytes + 1));
}

} // namespace EndpointDesk
