#pragma once

#include "EndpointKey.h"
#include "ResourceItem.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QPushButton;

namespace EndpointDesk {

class EndpointAdoption;

namespace Ui {
class AdoptEndpointDialog;
}

// Adds an endpoint made elsewhere to the record by its place. Each field lists what the listings of
// this session hold (name and ID) and takes a typed ID as well; the place starts as the form's.
class AdoptEndpointDialog : public QDialog
{
    Q_OBJECT

public:
    AdoptEndpointDialog(EndpointAdoption *adoption, const EndpointKey &initial, QWidget *parent = nullptr);
    ~AdoptEndpointDialog() override;

    // The place the fields name now.
    EndpointKey key() const;
    // What adding said, once the dialog was accepted.
    QString outcome() const { return m_outcome; }

private:
    void fillProjects();
    void fillVpcs();
    void fillSubnets();
    void add();
    static void fill(QComboBox *combo, const QList<ResourceItem> &items);
    // The chosen item's ID, or the typed text when it names no item.
    static QString idIn(const QComboBox *combo);
    static void choose(QComboBox *combo, const QString &id);

    std::unique_ptr<Ui::AdoptEndpointDialog> m_ui;
    EndpointAdoption *m_adoption;
    QPushButton *m_addButton = nullptr;
    QString m_outcome;
};

} // namespace EndpointDesk
