// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "formdialog.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Sportello::Sync {
class SyncEngine;
}

namespace Sportello::Ui {

// Connects this PC to the comune's central service with the one-time code an administrator
// created (`sportello-server enrol-code`). The engine does the work; this only asks and reports.
class EnrolDialog : public FormDialog {
    Q_OBJECT
public:
    EnrolDialog(Sync::SyncEngine &engine, const QString &deviceName, const QString &serverUrl,
                QWidget *parent = nullptr);

    void accept() override;
    QLabel *insecureWarning() const { return m_insecure; }

private:
    void onEnrolmentFinished(bool ok, const QString &message);
    void chooseCertificate();

    Sync::SyncEngine &m_engine;
    QString m_deviceName;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_insecure = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sportello::Ui
