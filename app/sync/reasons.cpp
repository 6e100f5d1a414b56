// SPDX-License-Identifier: EUPL-1.2
#include "sync/reasons.h"

#include <QAtomicPointer>
#include <QCoreApplication>
#include <QTranslator>

namespace Sportello::Sync::Reasons {
namespace {
constexpr char context[] = "Sportello::Sync::Reasons";
QAtomicPointer<const QTranslator> staffTranslator;

// `forStaff` is marked for translation where it is written, with QT_TRANSLATE_NOOP.
Reason make(const QString &code, const char *forStaff, const QString &english)
{
    const QTranslator *translator = staffTranslator.loadAcquire();
    const QString translated = translator ? translator->translate(context, forStaff) : QString();
    return Reason{code, translated.isEmpty() ? QCoreApplication::translate(context, forStaff) : translated,
                  english};
}
} // namespace

void useTranslator(const QTranslator *translator)
{
    staffTranslator.storeRelease(translator);
}

Reason unauthorized()
{
    return make(Code::unauthorized,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                                  "This PC is not authorised: connect it to the central service again."),
                QStringLiteral("This device is not authorised: enrol it again."));
}
Reason invalidCode()
{
    return make(Code::invalidCode,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "The connection code is not valid."),
                QStringLiteral("The enrolment code is not valid."));
}
Reason codeUsed()
{
    return make(Code::codeUsed,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                                  "This connection code has already been used: ask for a new one."),
                QStringLiteral("This enrolment code has already been used: ask for a new one."));
}
Reason codeExpired()
{
    return make(
        Code::codeExpired,
        QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "This connection code has expired: ask for a new one."),
        QStringLiteral("This enrolment code has expired: ask for a new one."));
}
Reason tooManyRequests()
{
    return make(
        Code::rateLimited,
        QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "Too many attempts: try again in a few minutes."),
        QStringLiteral("Too many attempts: try again in a few minutes."));
}
Reason bodyTooLarge()
{
    return make(Code::bodyTooLarge,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "The request is too large (at most 1 MiB)."),
                QStringLiteral("The request body is too large (at most 1 MiB)."));
}
Reason invalidRequest(const QString &detail)
{
    return make(Code::invalidRequest, QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "Invalid request."),
                QStringLiteral("Invalid request: ") + detail);
}
Reason malformedJson(const QString &detail)
{
    return make(Code::malformedJson,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "Invalid request (unreadable JSON)."),
                QStringLiteral("Malformed JSON: ") + detail);
}
Reason unknownEntity(const QString &entity)
{
    return make(Code::unknownEntity,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "A kind of record the server does not know."),
                QStringLiteral("Unknown entity: ") + entity);
}
Reason notFound()
{
    return make(Code::notFound, QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "Unknown address."),
                QStringLiteral("No such endpoint."));
}
Reason methodNotAllowed()
{
    return make(Code::methodNotAllowed, QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "Method not allowed."),
                QStringLiteral("Method not allowed."));
}
Reason serverError()
{
    return make(Code::serverError,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "Server error: the request will be repeated."),
                QStringLiteral("Server error: the request will be retried."));
}
Reason serviceUnavailable()
{
    return make(Code::serviceUnavailable,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                                  "Service unavailable for the moment: the request will be repeated."),
                QStringLiteral("Service temporarily unavailable: the request will be retried."));
}
Reason notOwner()
{
    return make(Code::notOwner,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                                  "This record belongs to another branch: it cannot be changed from here."),
                QStringLiteral("The record belongs to another branch or comune."));
}
Reason versionConflict()
{
    return make(
        Code::versionConflict,
        QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                          "The record was changed elsewhere meanwhile: this version was not applied."),
        QStringLiteral("The record was changed elsewhere meanwhile; this version was not applied."));
}
Reason recordNotFound()
{
    return make(
        Code::recordNotFound,
        QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "A change to a record the server does not know."),
        QStringLiteral("Update of a record the server does not know."));
}
Reason alreadyExists()
{
    return make(
        Code::alreadyExists,
        QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "A record with this identifier already exists."),
        QStringLiteral("A record with this id already exists."));
}
Reason operationReused()
{
    return make(Code::operationReused,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                                  "Operation identifier already used for another change."),
                QStringLiteral("This operation id was already used for another change."));
}
Reason insertOnly()
{
    return make(Code::insertOnly,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons", "This record cannot be changed once recorded."),
                QStringLiteral("Records of this entity are never changed once stored."));
}
Reason usernameTaken()
{
    return make(Code::usernameTaken,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                                  "This username is already used by another account of the comune: choose "
                                  "another one."),
                QStringLiteral("The username belongs to another account of this comune."));
}
Reason brokenChain()
{
    return make(Code::brokenChain,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                                  "The activity log of this PC appears altered or incomplete: the entry was "
                                  "refused. Tell the administrator."),
                QStringLiteral("The audit entry does not follow the last entry of its chain the server holds "
                               "(a gap, a wrong prevHash, or another comune's chain)."));
}
Reason queueConflict()
{
    return make(
        Code::queueConflict,
        QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                          "Another counter was first: the ticket had already been called or updated."),
        QStringLiteral("The queue event does not follow the last event of its ticket the server "
                       "holds: another counter was first."));
}
Reason unknownTicket()
{
    return make(Code::unknownTicket,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                                  "The ticket of this event is not known to the central service."),
                QStringLiteral("The queue event names a ticket of this branch the server does not hold."));
}
Reason invalidRecord(const QString &detail)
{
    return make(Code::invalidRecord,
                QT_TRANSLATE_NOOP("Sportello::Sync::Reasons",
                                  "Data not valid under the server's rules: correct the record."),
                QStringLiteral("Invalid record: ") + detail);
}

} // namespace Sportello::Sync::Reasons
