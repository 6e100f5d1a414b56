// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>
#include <variant>

// The messages of the sync protocol (docs/sync-protocol.md), as the client and the server both see
// them. Parsing is strict: a wrong type, a missing or an unknown field refuses the whole message, so
// that nothing half-understood is ever stored.
namespace Sportello::Sync::Protocol {

inline constexpr qint64 maxBodyBytes = 1024 * 1024;
inline constexpr int maxPushEntries = 500;
inline constexpr int defaultPullLimit = 500;
inline constexpr int maxPullLimit = 1000;
// One record's payload, compact JSON: the server refuses a larger one (invalid_record).
inline constexpr qint64 maxRecordBytes = 64 * 1024;
// A pull page stops before its payloads pass this many bytes (it always holds at least one change).
inline constexpr qint64 maxPullPageBytes = 1024 * 1024;

// Why a request or an entry was refused: a stable machine code for programs, and the same reason
// for people in Italian (shown to staff) and English (logs, technical support).
struct Reason {
    QString code;
    QString message;   // Italian
    QString messageEn; // English
};

// The body of every non-2xx answer: {"error", "message", "messageEn"}.
QJsonObject errorBody(const Reason &reason);
std::optional<Reason> parseErrorBody(const QByteArray &body);

// A parse failure: "invalid_request" or "malformed_json", and which field (English, for the log).
struct ParseError {
    QString code;
    QString detail;
};
template <typename T> using ParseResult = std::variant<T, ParseError>;

// ---- enrolment ------------------------------------------------------------------------------
struct EnrolRequest {
    QString code;
    QString deviceName;
};
QJsonObject toJson(const EnrolRequest &request);
ParseResult<EnrolRequest> parseEnrolRequest(const QByteArray &body);

struct EnrolResponse {
    QString deviceId;
    QString token; // shown once; the client keeps it in the OS keychain only
    QString tenantId;
    QString branchId;
    int ticketSeries = 1; // this PC's series of queue ticket numbers in its branch, 1..9 (docs/queue.md)
};
QJsonObject toJson(const EnrolResponse &response);
ParseResult<EnrolResponse> parseEnrolResponse(const QByteArray &body);

// ---- push -----------------------------------------------------------------------------------
enum class Operation { Create, Update };
QString operationName(Operation operation); // "create", "update"
std::optional<Operation> operationFromName(const QString &name);

struct PushEntry {
    QUuid operationId; // the idempotency key
    QString entity;
    QString recordId;
    Operation operation = Operation::Create;
    QJsonObject payload; // the record as the entity's toJson() writes it; carries "id" and "version"
    QDateTime createdAt; // UTC, when the change was made on the PC
};
QJsonObject toJson(const PushEntry &entry);

struct PushRequest {
    QList<PushEntry> entries;
};
QJsonObject toJson(const PushRequest &request);
// Refuses more than maxPushEntries entries; does not know which entities exist (the server does).
ParseResult<PushRequest> parsePushRequest(const QByteArray &body);

enum class PushStatus { Applied, Duplicate, Rejected };
QString pushStatusName(PushStatus status);

struct PushResult {
    QUuid operationId;
    PushStatus status = PushStatus::Applied;
    Reason reason;           // Rejected only
    int currentVersion = -1; // version_conflict: the version the server holds
};
struct PushResponse {
    QList<PushResult> results; // one per entry, in the order of the request
};
QJsonObject toJson(const PushResponse &response);
ParseResult<PushResponse> parsePushResponse(const QByteArray &body);

// ---- pull -----------------------------------------------------------------------------------
struct PullChange {
    qint64 seq = 0;
    QString entity;
    QString recordId;
    QJsonObject payload;
    QString originDevice;
};
struct PullResponse {
    QList<PullChange> changes;
    qint64 next = 0; // the cursor to ask from next time
    bool more = false;
};
QJsonObject toJson(const PullResponse &response);
ParseResult<PullResponse> parsePullResponse(const QByteArray &body);

QByteArray compact(const QJsonObject &object);

// ---- what every identifier and text of the protocol must be ------------------------------------
// Every id (operation, record) is a UUID written as QUuid::WithoutBraces writes it: lower case,
// 36 characters, never the nil UUID.
bool isCanonicalUuid(const QString &text);
// An entity name: 1 to 40 of a-z and '_'.
bool isEntityName(const QString &text);
// C0/C1 controls, format characters and line or paragraph separators: refused in names and codes.
bool hasControlCharacter(const QString &text);
// Empty when every string (and key) in `value` can be stored alike by SQLite and PostgreSQL;
// otherwise what cannot (a NUL character, an unpaired surrogate).
QString unstorableValue(const QJsonValue &value);

} // namespace Sportello::Sync::Protocol
