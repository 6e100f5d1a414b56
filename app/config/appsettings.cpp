// SPDX-License-Identifier: EUPL-1.2
#include "config/appsettings.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

Q_LOGGING_CATEGORY(lcConfig, "sportello.config", QtInfoMsg)

namespace Sportello::Config {
namespace {
const QString versionKey = QStringLiteral("settingsVersion");
const QString deviceNameKey = QStringLiteral("device/name");
const QString deviceIdKey = QStringLiteral("device/id");
const QString languageKey = QStringLiteral("ui/language");
const QString lockMinutesKey = QStringLiteral("security/lockMinutes");
} // namespace

AppSettings::AppSettings(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{
    migrate();
}

QString AppSettings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/sportello.ini");
}

void AppSettings::migrate()
{
    // The ladder: each step moves a file from version n to n + 1. Version 0 is a new file.
    int version = m_settings.value(versionKey, 0).toInt();
    if (version > currentVersion) {
        qCWarning(lcConfig) << "settings written by a newer version; unknown keys are kept as they are";
        return;
    }
    while (version < currentVersion) {
        ++version;
        qCInfo(lcConfig) << "settings migrated to version" << version;
    }
    m_settings.setValue(versionKey, version);
}

int AppSettings::version() const
{
    return m_settings.value(versionKey, 0).toInt();
}

QString AppSettings::deviceName() const
{
    return m_settings.value(deviceNameKey).toString();
}

void AppSettings::setDeviceName(const QString &name)
{
    m_settings.setValue(deviceNameKey, name.simplified());
}

QString AppSettings::deviceId()
{
    QString id = m_settings.value(deviceIdKey).toString();
    if (QUuid::fromString(id).isNull()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings.setValue(deviceIdKey, id);
    }
    return id;
}

QString AppSettings::language() const
{
    const QString language = m_settings.value(languageKey).toString();
    return language == QLatin1String("it") || language == QLatin1String("en") ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(languageKey, language);
}

int AppSettings::lockMinutes() const
{
    const int minutes = m_settings.value(lockMinutesKey, defaultLockMinutes).toInt();
    return minutes >= 1 && minutes <= maxLockMinutes ? minutes : defaultLockMinutes;
}

void AppSettings::setLockMinutes(int minutes)
{
    m_settings.setValue(lockMinutesKey, std::clamp(minutes, 1, maxLockMinutes));
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace Sportello::Config
