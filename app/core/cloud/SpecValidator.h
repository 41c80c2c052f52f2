#pragma once

#include "EndpointSpec.h"

#include <QList>
#include <QString>

namespace EndpointDesk {

enum class SpecField { Region, Project, Vpc, Subnet, Flavor, Agency };

struct FieldProblem
{
    SpecField field;
    QString message;

    bool operator==(const FieldProblem &other) const { return field == other.field && message == other.message; }
};

// Checks a spec before anything is sent and reports every problem at once, per field.
class SpecValidator
{
public:
    static QList<FieldProblem> validate(const EndpointSpec &spec);

    static bool isProjectId(const QString &text);
    static bool isUuid(const QString &text);
    // Empty when the value may be used (empty included); otherwise why not.
    static QString checkFlavor(const QString &flavor);
    static QString checkAgency(const QString &agency);
};

} // namespace EndpointDesk
