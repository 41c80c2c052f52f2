#pragma once

#include <QObject>

class QBoxLayout;
class QScrollArea;
class QWidget;

namespace EndpointDesk {

// Two columns side by side on a wide page (the form and, beside it, its result), one above the other
// on a narrow one, so that the answer of a create is in view without scrolling wherever there is room.
class AdaptiveColumns : public QObject
{
    Q_OBJECT

public:
    // The layout is that of the scroll area's page; it is side by side from sideBySideWidth on.
    AdaptiveColumns(QScrollArea *scroll, QBoxLayout *layout, int sideBySideWidth);

    bool isSideBySide() const;
    // Scrolls child into view once the page has been laid out at its new size: an answer may land
    // below the form on a small window.
    void reveal(QWidget *child);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update(int width);

    QScrollArea *m_scroll;
    QBoxLayout *m_layout;
    int m_sideBySideWidth;
};

} // namespace EndpointDesk
