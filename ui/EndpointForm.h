#pragma once

#include "EndpointSpec.h"
#include "SpecValidator.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace EndpointDesk {

namespace Ui {
class EndpointForm;
}

// The fields of one endpoint. Each picker is an editable combo box, so an id can always be typed.
class EndpointForm : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointForm(QWidget *parent = nullptr);
    ~EndpointForm() override;

    // Region comes from the connection bar; the rest from the fields.
    EndpointSpec spec(const QString &region) const;
    void setSpec(const EndpointSpec &spec);

    // Marks every field named in problems and clears the others.
    void showProblems(const QList<FieldProblem> &problems);
    void clearProblems();

    QComboBox *comboFor(SpecField field) const;

Q_SIGNALS:
    void edited();

private:
    QLabel *problemLabelFor(SpecField field) const;

    std::unique_ptr<Ui::EndpointForm> m_ui;
};

} // namespace EndpointDesk
