// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "sync/protocol.h"

// Every reason the protocol gives, in one place: the stable machine code, a message for staff (in
// the program's language: Italian on the server, which installs the Italian translation) and an
// English one for logs and technical support. The client compares codes with these constants only.
class QTranslator;

namespace Sportello::Sync::Reasons {
using Protocol::Reason;

// The messages for staff come from `translator` (the server's Italian, which it does not install:
// its log stays English); without one, from the program's installed translation. Not owned.
void useTranslator(const QTranslator *translator);

namespace Code {
inline const QString unauthorized = QStringLiteral("unauthorized");
inline const QString invalidCode = QStringLiteral("invalid_code");
inline const QString codeUsed = QStringLiteral("code_used");
inline const QString codeExpired = QStringLiteral("code_expired");
inline const QString rateLimited = QStringLiteral("rate_limited");
inline const QString bodyTooLarge = QStringLiteral("body_too_large");
inline const QString invalidRequest = QStringLiteral("invalid_request");
inline const QString malformedJson = QStringLiteral("malformed_json");
inline const QString unknownEntity = QStringLiteral("unknown_entity");
inline const QString notFound = QStringLiteral("not_found");
inline const QString methodNotAllowed = QStringLiteral("method_not_allowed");
inline const QString serverError = QStringLiteral("server_error");
inline const QString serviceUnavailable = QStringLiteral("service_unavailable");
inline const QString notOwner = QStringLiteral("not_owner");
inline const QString versionConflict = QStringLiteral("version_conflict");
inline const QString recordNotFound = QStringLiteral("record_not_found");
inline const QString alreadyExists = QStringLiteral("already_exists");
inline const QString operationReused = QStringLiteral("operation_id_reused");
inline const QString insertOnly = QStringLiteral("insert_only");
inline const QString usernameTaken = QStringLiteral("username_taken");
inline const QString brokenChain = QStringLiteral("broken_chain");
inline const QString queueConflict = QStringLiteral("queue_conflict");
inline const QString unknownTicket = QStringLiteral("unknown_ticket");
inline const QString invalidRecord = QStringLiteral("invalid_record");
// Never sent by the server: a pulled record this PC kept out because it holds the same codice
// fiscale under another record (kept as a conflict for staff).
inline const QString duplicateCodiceFiscale = QStringLiteral("duplicate_codice_fiscale");
// Never sent either: an outbox entry whose operation this version does not know, parked unsent.
inline const QString unknownOperation = QStringLiteral("unknown_operation");
// A pulled record this PC keeps out by a rule of its own, kept as a conflict for staff: it cannot be
// read, or it would take a name or number that another record here holds, or an audit entry's id
// is already taken by another entry.
inline const QString unreadableRecord = QStringLiteral("unreadable_record");
inline const QString duplicateHours = QStringLiteral("duplicate_hours");
inline const QString duplicateUsername = QStringLiteral("duplicate_username");
inline const QString duplicateTicketNumber = QStringLiteral("duplicate_ticket_number");
inline const QString auditMismatch = QStringLiteral("audit_mismatch");
} // namespace Code

Reason unauthorized();
Reason invalidCode();
Reason codeUsed();
Reason codeExpired();
Reason tooManyRequests();
Reason bodyTooLarge();
Reason invalidRequest(const QString &detail);
Reason malformedJson(const QString &detail);
Reason unknownEntity(const QString &entity);
Reason notFound();
Reason methodNotAllowed();
Reason serverError();
Reason serviceUnavailable();
Reason notOwner();
Reason versionConflict();
Reason recordNotFound();
Reason alreadyExists();
Reason operationReused();
Reason insertOnly();
Reason usernameTaken();
Reason brokenChain();
Reason queueConflict();
Reason unknownTicket();
// The detail comes from the domain's checks in English; the client runs the same checks and shows
// them translated, so the message for staff stays general.
Reason invalidRecord(const QString &detail);

} // namespace Sportello::Sync::Reasons
