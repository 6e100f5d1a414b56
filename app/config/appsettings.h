// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QSettings>
#include <QString>

namespace Sportello::Config {

// What belongs to this PC (not to the comune or the branch, which live in the database).
// Typed accessors over an INI file; the file carries a format version and is migrated forward
// when opened, so that renamed keys never lose a value.
class AppSettings {
public:
    static constexpr int currentVersion = 1;

    explicit AppSettings(const QString &filePath = defaultFilePath());
    static QString defaultFilePath();

    QString deviceName() const;
    void setDeviceName(const QString &name);
    // A stable identifier of this installation, created on first use.
    QString deviceId();

    // "" follows the system locale; otherwise "it" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    // Minutes without input before this PC locks itself (a shared counter PC: 5 unless changed).
    static constexpr int defaultLockMinutes = 5;
    static constexpr int maxLockMinutes = 60;
    int lockMinutes() const;
    void setLockMinutes(int minutes);

    // The walk-in queue at this PC: the counter it is (empty: none chosen yet), where issued tickets
    // go, and whether the call display speaks.
    QString counterId() const;
    void setCounterId(const QString &id);
    enum class TicketOutput { None, Printer, PdfFolder };
    TicketOutput ticketOutput() const;
    void setTicketOutput(TicketOutput output);
    QString ticketPrinter() const;
    void setTicketPrinter(const QString &name);
    // Default: a "Biglietti Sportello" folder in the documents folder.
    QString ticketFolder() const;
    void setTicketFolder(const QString &folder);
    bool announceBySpeech() const;
    void setAnnounceBySpeech(bool on);

    int version() const;
    void sync();

private:
    void migrate();

    QSettings m_settings;
};

} // namespace Sportello::Config
