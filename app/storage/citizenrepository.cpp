// SPDX-License-Identifier: EUPL-1.2
#include "storage/citizenrepository.h"

#include "domain/clock.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace Sportello::Storage {
using Domain::Citizen;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sportello::Storage::CitizenRepository", text);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The phone as search terms: its digits, and for an Italian number written with +39 / 0039 also
// the national number, which is what a clerk types.
QString phoneSearchTerms(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    const QString trimmed = phone.trimmed();
    const bool international =
        trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1String("00"));
    const QString country =
        trimmed.startsWith(QLatin1Char('+')) ? QStringLiteral("39") : QStringLiteral("0039");
    if (international && digits.startsWith(country))
        return digits + QLatin1Char(' ') + digits.mid(country.size());
    return digits;
}

const QString selectColumns = QStringLiteral(
    "id, version, codice_fiscale, document_type, document_number, surname, name, sex, birth_date, "
    "birth_place_code, phone, email, address, notes, consent_privacy, consent_contact, consent_date, "
    "owner_branch_id, created_at, updated_at");

Citizen citizenFrom(const QSqlQuery &q)
{
    Citizen c;
    c.id = q.value(0).toString();
    c.version = q.value(1).toInt();
    c.codiceFiscale = q.value(2).toString();
    c.documentType = q.value(3).toString();
    c.documentNumber = q.value(4).toString();
    c.surname = q.value(5).toString();
    c.name = q.value(6).toString();
    c.sex = Domain::sexFromCode(q.value(7).toString());
    c.birthDate = Timestamps::dateFromStorage(q.value(8));
    c.birthPlaceCode = q.value(9).toString();
    c.phone = q.value(10).toString();
    c.email = q.value(11).toString();
    c.address = q.value(12).toString();
    c.notes = q.value(13).toString();
    c.consentPrivacy = q.value(14).toBool();
    c.consentContact = q.value(15).toBool();
    c.consentDate = Timestamps::dateFromStorage(q.value(16));
    c.ownerBranchId = q.value(17).toString();
    c.createdAt = Timestamps::fromStorage(q.value(18).toString());
    c.updatedAt = Timestamps::fromStorage(q.value(19).toString());
    return c;
}

// Binds the editable columns, in the order used by both INSERT and UPDATE below.
void bindFields(QSqlQuery &q, const Citizen &c, const QString &canonical)
{
    q.addBindValue(nullable(c.codiceFiscale));
    q.addBindValue(nullable(canonical));
    q.addBindValue(nullable(c.documentType));
    q.addBindValue(nullable(c.documentNumber));
    q.addBindValue(c.surname);
    q.addBindValue(c.name);
    q.addBindValue(Domain::sexCode(c.sex));
    q.addBindValue(Timestamps::dateToStorage(c.birthDate));
    q.addBindValue(nullable(c.birthPlaceCode));
    q.addBindValue(nullable(c.phone));
    q.addBindValue(nullable(phoneSearchTerms(c.phone)));
    q.addBindValue(nullable(c.email));
    q.addBindValue(nullable(c.address));
    q.addBindValue(nullable(c.notes));
    q.addBindValue(c.consentPrivacy ? 1 : 0);
    q.addBindValue(c.consentContact ? 1 : 0);
    q.addBindValue(Timestamps::dateToStorage(c.consentDate));
}

// Writes every column of `c`, its version and timestamps as given: a new row, or over the stored one.
void writeRow(const QSqlDatabase &db, const Citizen &c, const QString &canonical, bool exists)
{
    // Built once: a pull writes thousands of rows in a row.
    static const QString fields = QStringLiteral(
        "codice_fiscale, cf_canonical, document_type, document_number, surname, name, sex, birth_date, "
        "birth_place_code, phone, phone_digits, email, address, notes, consent_privacy, consent_contact, "
        "consent_date, version, owner_branch_id, created_at, updated_at");
    static const QString update = [] {
        QStringList assignments;
        for (const QString &field : fields.split(QStringLiteral(", ")))
            assignments << field + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE citizen SET %1 WHERE id = ?")
            .arg(assignments.join(QStringLiteral(", ")));
    }();
    static const QString insert = QStringLiteral("INSERT INTO citizen (%1, id) VALUES (%2?)")
                                      .arg(fields, QStringLiteral("?, ").repeated(21));
    QSqlQuery q = Sql::prepare(db, exists ? update : insert);
    bindFields(q, c, canonical);
    q.addBindValue(c.version);
    q.addBindValue(c.ownerBranchId);
    q.addBindValue(Timestamps::toStorage(c.createdAt));
    q.addBindValue(Timestamps::toStorage(c.updatedAt));
    q.addBindValue(c.id);
    Sql::exec(q);
}

Citizen trimmed(Citizen c)
{
    c.surname = c.surname.simplified();
    c.name = c.name.simplified();
    c.codiceFiscale = c.codiceFiscale.trimmed();
    c.documentNumber = c.documentNumber.trimmed();
    c.phone = c.phone.trimmed();
    c.email = c.email.trimmed();
    c.address = c.address.trimmed();
    c.notes = c.notes.trimmed();
    return c;
}
} // namespace

CitizenRepository::CitizenRepository(const Database &database, WriteContext context)
    : m_database(database)
    , m_context(std::move(context))
{}

void CitizenRepository::enforceRules(const Citizen &citizen, QString *canonical) const
{
    const Domain::CitizenCheck check = Domain::checkCitizen(citizen);
    if (!check.ok())
        throw StorageError(StorageError::Kind::Constraint, check.errors.constFirst().message);
    *canonical = check.canonicalCode;
    if (citizen.codiceFiscale.isEmpty())
        return;
    const QVariant existing = Sql::scalar(m_database.connection(),
                                          QStringLiteral("SELECT id FROM citizen WHERE codice_fiscale = ?"),
                                          {citizen.codiceFiscale});
    if (existing.isValid() && existing.toString() != citizen.id)
        throw DuplicateCitizenError(
            tr("A citizen with the codice fiscale %1 is already registered.").arg(citizen.codiceFiscale),
            existing.toString());
}

Citizen CitizenRepository::create(Citizen citizen)
{
    citizen = trimmed(std::move(citizen));
    citizen.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    citizen.version = 1;
    citizen.ownerBranchId = m_context.branchId;
    citizen.createdAt = citizen.updatedAt = Clock::nowUtc();

    Security::require(m_context.actor, Security::Permission::EditCitizens);
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    QString canonical;
    enforceRules(citizen, &canonical);
    writeRow(db, citizen, canonical, false);
    ChangeLog::append(db, m_context, Sync::Entity::citizen, citizen.id, ChangeEntry::Operation::Create,
                      Domain::toJson(citizen));
    AuditLog::append(transaction, m_context, Security::AuditAction::recordCreate, Sync::Entity::citizen,
                     citizen.id);
    transaction.commit();
    return citizen;
}

Citizen CitizenRepository::update(const Citizen &edited)
{
    Security::require(m_context.actor, Security::Permission::EditCitizens);
    Citizen citizen = trimmed(edited);
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    const std::optional<Citizen> stored = find(citizen.id);
    if (!stored)
        throw StorageError(StorageError::Kind::Constraint, tr("The citizen record no longer exists."));
    if (stored->version != citizen.version)
        throw StorageError(
            StorageError::Kind::Constraint,
            tr("Someone else changed this citizen record in the meantime. Close it, open it again "
               "and repeat your changes."));
    const QStringList changed = Domain::changedFields(*stored, citizen);
    if (changed.isEmpty())
        return *stored; // nothing to record

    QString canonical;
    enforceRules(citizen, &canonical);
    citizen.version = stored->version + 1;
    citizen.ownerBranchId = stored->ownerBranchId;
    citizen.createdAt = stored->createdAt;
    citizen.updatedAt = Clock::nowUtc();
    writeRow(db, citizen, canonical, true);
    QJsonObject payload = Domain::toJson(citizen);
    payload.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
    ChangeLog::append(db, m_context, Sync::Entity::citizen, citizen.id, ChangeEntry::Operation::Update,
                      payload);
    // The names of the fields only: the values are in the record, and personal data stays there.
    AuditLog::append(transaction, m_context, Security::AuditAction::recordUpdate, Sync::Entity::citizen,
                     citizen.id, {{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}});
    transaction.commit();
    return citizen;
}

CitizenRepository::RemoteApply CitizenRepository::applyRemote(const Citizen &remote, VersionRule rule)
{
    const QVariant stored = Sql::scalar(
        m_database.connection(), QStringLiteral("SELECT version FROM citizen WHERE id = ?"), {remote.id});
    return applyRemote(remote, rule, stored.isValid() ? std::optional<int>(stored.toInt()) : std::nullopt);
}

CitizenRepository::RemoteApply CitizenRepository::applyRemote(const Citizen &remote, VersionRule rule,
                                                              std::optional<int> storedVersion)
{
    const QSqlDatabase db = m_database.connection();
    if (storedVersion && *storedVersion > remote.version && rule == VersionRule::NotOlder)
        return RemoteApply::Ignored; // old news: this PC already holds a newer version
    // The server checked the record; only what keeps this file consistent is checked here.
    const auto canonical = Domain::CodiceFiscale::parseAnyForCitizen(remote.codiceFiscale);
    const QString canonicalCode = canonical ? canonical.value() : QString();
    if (!remote.codiceFiscale.isEmpty()) {
        const QVariant existing =
            Sql::scalar(db, QStringLiteral("SELECT id FROM citizen WHERE codice_fiscale = ? AND id != ?"),
                        {remote.codiceFiscale, remote.id});
        if (existing.isValid())
            throw DuplicateCitizenError(
                tr("A citizen with the codice fiscale %1 is already registered.").arg(remote.codiceFiscale),
                existing.toString());
    }
    const QDateTime now = Clock::nowUtc();
    const QDateTime created = remote.createdAt.isValid() ? remote.createdAt : now;
    const QDateTime updated = remote.updatedAt.isValid() ? remote.updatedAt : now;
    Citizen row = remote;
    row.createdAt = created;
    row.updatedAt = updated;
    if (!storedVersion) {
        writeRow(db, row, canonicalCode, false);
        return RemoteApply::Inserted;
    }
    writeRow(db, row, canonicalCode, true);
    return RemoteApply::Updated;
}

std::optional<Citizen> CitizenRepository::find(const QString &id) const
{
    QSqlQuery q = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT %1 FROM citizen WHERE id = ?").arg(selectColumns), {id});
    if (!q.next())
        return std::nullopt;
    return citizenFrom(q);
}

QSet<QString> CitizenRepository::existingIds(const QStringList &ids) const
{
    return Sql::existingIds(m_database.connection(), QStringLiteral("citizen"), ids);
}

std::optional<Citizen> CitizenRepository::findByCodiceFiscale(const QString &code) const
{
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM citizen WHERE codice_fiscale = ?").arg(selectColumns),
                  {Domain::CodiceFiscale::normalizedInput(code)});
    if (!q.next())
        return std::nullopt;
    return citizenFrom(q);
}

QList<Citizen> CitizenRepository::omocodiaRelatives(const Citizen &citizen) const
{
    const auto canonical = Domain::CodiceFiscale::parseAnyForCitizen(citizen.codiceFiscale);
    QList<Citizen> relatives;
    if (!canonical)
        return relatives;
    QSqlQuery q =
        Sql::exec(m_database.connection(),
                  QStringLiteral("SELECT %1 FROM citizen WHERE cf_canonical = ? AND codice_fiscale != ? "
                                 "AND id IS NOT ?") // IS NOT: a new record has no id yet (NULL)
                      .arg(selectColumns),
                  {canonical.value(), citizen.codiceFiscale, citizen.id});
    while (q.next())
        relatives << citizenFrom(q);
    return relatives;
}

QString CitizenRepository::searchExpression(const QString &text)
{
    // Words as the index's tokenizer sees them; each becomes a quoted prefix term, so no
    // character typed by a user can be read as FTS5 syntax.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts).mid(0, 8);
    const auto term = [](const QString &word) {
        return QLatin1Char('"') + word.left(64) + QStringLiteral("\"*");
    };
    QStringList terms;
    for (const QString &word : words)
        terms << term(word);
    // A phone number or a codice fiscale typed with spaces ("333 123 4567") is one word in the
    // index: look for the words joined too.
    if (words.size() > 1)
        return QStringLiteral("(%1) OR %2").arg(terms.join(QLatin1Char(' ')), term(words.join(QString())));
    return terms.join(QLatin1Char(' '));
}

QList<CitizenSummary> CitizenRepository::search(const QString &text, qint64 beforeSeq, int limit) const
{
    const QString expression = searchExpression(text);
    const qint64 before = beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max();
    const QString columns = QStringLiteral(
        "c.seq, c.id, c.surname, c.name, c.codice_fiscale, c.document_number, c.birth_date, c.phone");
    QSqlQuery q =
        expression.isEmpty()
            ? Sql::exec(m_database.connection(),
                        QStringLiteral("SELECT %1 FROM citizen c WHERE c.seq < ? ORDER BY c.seq DESC "
                                       "LIMIT ?")
                            .arg(columns),
                        {before, limit})
            : Sql::exec(m_database.connection(),
                        QStringLiteral("SELECT %1 FROM citizen_search s JOIN citizen c ON c.seq = s.rowid "
                                       "WHERE citizen_search MATCH ? AND s.rowid < ? "
                                       "ORDER BY s.rowid DESC LIMIT ?")
                            .arg(columns),
                        {expression, before, limit});
    QList<CitizenSummary> rows;
    while (q.next()) {
        rows << CitizenSummary{q.value(0).toLongLong(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               q.value(4).toString(),
                               q.value(5).toString(),
                               Timestamps::dateFromStorage(q.value(6)),
                               q.value(7).toString()};
    }
    return rows;
}

qint64 CitizenRepository::count() const
{
    return Sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM citizen")).toLongLong();
}

} // namespace Sportello::Storage
