// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: what the server and the PCs read from each other's audit entries and accounts
// (sync payloads): auditEntryProblem, auditEntryFromJson and computeHash, accountFromJson and
// accountProblem, on any bytes taken as JSON. An accepted entry keeps its hash through the sync
// form; any entry and account read back from their sync form are the same.
#include "fuzzsupport.h"
#include "security/account.h"
#include "security/auditentry.h"

#include <QJsonDocument>
#include <cstdint>

using namespace Sportello::Security;
using Sportello::Fuzz::require;

namespace {
void auditEntry(const QJsonObject &json)
{
    const QString problem = auditEntryProblem(json);
    const AuditEntry entry = auditEntryFromJson(json);
    const QString hash = entry.computeHash();
    require(hash.size() == 64);
    // The sync form holds everything the hash covers.
    const AuditEntry again = auditEntryFromJson(toJson(entry));
    require(again.canonical() == entry.canonical());
    require(again.computeHash() == hash);
    if (problem.isEmpty()) {
        require(entry.hash == hash);
        require(entry.chainSeq >= 1);
        require(auditEntryProblem(toJson(entry)).isEmpty());
    }
}

void account(const QJsonObject &json)
{
    const Account read = accountFromJson(json);
    const QString problem = accountProblem(read);
    const QJsonObject once = toJson(read);
    const Account again = accountFromJson(once);
    require(toJson(again) == once);
    require(accountProblem(again) == problem);
    require(accountChanges(read, again).isEmpty());
    if (problem.isEmpty())
        require(usernameProblem(read.username).isEmpty() && read.passwordHash.startsWith("$argon2id$"));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    auditEntry(document.object());
    account(document.object());
    return 0;
}
