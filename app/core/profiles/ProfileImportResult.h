#pragma once

#include "Profile.h"

#include <QList>
#include <QString>

namespace EndpointDesk {

struct ProfileImportProblem
{
    enum class Severity {
        Warning, // noted, the profile is still imported (unknown key, renamed to avoid a clash)
        Error    // the profile is skipped (bad value, wrong type), or the whole document is unusable
    };
    Severity severity = Severity::Error;
    int index = -1;      // position in the document's profile list; -1 for the document itself
    QString profileName; // as written in the document, when known
    QString field;       // the JSON key, empty for the document or the whole profile
    QString message;     // for the person
};

struct ProfileImportResult
{
    QList<Profile> profiles; // ready to save: valid, and named so nothing is overwritten
    QList<ProfileImportProblem> problems;

    bool hasErrors() const
    {
        for (const ProfileImportProblem &p : problems) {
            if (p.severity == ProfileImportProblem::Severity::Error)
                return true;
        }
        return false;
    }
};

} // namespace EndpointDesk
