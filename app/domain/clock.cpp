// SPDX-License-Identifier: EUPL-1.2
#include "domain/clock.h"

#include <QReadWriteLock>

namespace Sportello {
namespace {
QReadWriteLock sourceLock;
std::function<QDateTime()> &source()
{
    static std::function<QDateTime()> fake;
    return fake;
}
} // namespace

QDateTime Clock::nowUtc()
{
    const QReadLocker locker(&sourceLock);
    return source() ? source()().toUTC() : QDateTime::currentDateTimeUtc();
}

void Clock::setForTests(std::function<QDateTime()> fake)
{
    const QWriteLocker locker(&sourceLock);
    source() = std::move(fake);
}

} // namespace Sportello
