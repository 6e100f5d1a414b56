// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QDate>
#include <QDateTime>
#include <functional>

namespace Sportello {

// The one clock of the program and of the server: every "now" is read here, so that a test sets
// one fake time for everything (the queue's day, the inactivity lock, the sign-in throttle,
// timestamps written, the sync engine). Safe to read from any thread.
class Clock {
public:
    static QDateTime nowUtc();
    static QDateTime nowLocal() { return nowUtc().toLocalTime(); }
    static QDate today() { return nowLocal().date(); }
    // Tests: the time every part reads from now on; an empty function puts the real clock back.
    static void setForTests(std::function<QDateTime()> source);
};

} // namespace Sportello
