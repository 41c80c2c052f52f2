#pragma once

#include "ActiveProfile.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace EndpointDesk {

// An inline message above the window's content, instead of a chain of modal boxes: what happened
// to settings, secrets or sign-in, with a button to dismiss it.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Adds to what is shown (several notices can arrive together at start-up).
    void showMessage(const QString &text, Kind kind);
    // A notice from core, shown with the kind its severity calls for.
    void showNotice(const QString &text, ActiveProfile::Severity severity);
    QString text() const;
    void dismiss();

private:
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace EndpointDesk
