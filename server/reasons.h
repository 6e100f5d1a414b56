// SPDX-License-Identifier: EUPL-1.2
#pragma once
#include "sync/protocol.h"

// Every reason the server gives, in one place: machine code, Italian for staff, English for support.
namespace Sportello::Server::Reasons {
using Sync::Protocol::Reason;

inline Reason make(const char *code, const char *italian, const char *english)
{
    return Reason{QLatin1String(code), QString::fromUtf8(italian), QString::fromUtf8(english)};
}

inline Reason unauthorized()
{
    return make("unauthorized", "Questo PC non è autorizzato: ripetere la registrazione presso il server.",
                "This device is not authorised: enrol it again.");
}
inline Reason invalidCode()
{
    return make("invalid_code", "Codice di registrazione non valido.", "The enrolment code is not valid.");
}
inline Reason codeUsed()
{
    return make("code_used", "Questo codice di registrazione è già stato usato: chiederne uno nuovo.",
                "This enrolment code has already been used: ask for a new one.");
}
inline Reason codeExpired()
{
    return make("code_expired", "Questo codice di registrazione è scaduto: chiederne uno nuovo.",
                "This enrolment code has expired: ask for a new one.");
}
inline Reason tooManyRequests()
{
    return make("rate_limited", "Troppi tentativi: riprovare tra qualche minuto.",
                "Too many attempts: try again in a few minutes.");
}
inline Reason bodyTooLarge()
{
    return make("body_too_large", "La richiesta è troppo grande (massimo 1 MiB).",
                "The request body is too large (at most 1 MiB).");
}
inline Reason invalidRequest(const QString &detail)
{
    Reason r = make("invalid_request", "Richiesta non valida.", "Invalid request: ");
    r.messageEn += detail;
    return r;
}
inline Reason malformedJson(const QString &detail)
{
    Reason r = make("malformed_json", "Richiesta non valida (JSON illeggibile).", "Malformed JSON: ");
    r.messageEn += detail;
    return r;
}
inline Reason unknownEntity(const QString &entity)
{
    Reason r = make("unknown_entity", "Tipo di dato sconosciuto al server.", "Unknown entity: ");
    r.messageEn += entity;
    return r;
}
inline Reason notFound()
{
    return make("not_found", "Indirizzo sconosciuto.", "No such endpoint.");
}
inline Reason methodNotAllowed()
{
    return make("method_not_allowed", "Metodo non ammesso.", "Method not allowed.");
}
inline Reason serverError()
{
    return make("server_error", "Errore del server: la richiesta verrà ripetuta.",
                "Server error: the request will be retried.");
}
inline Reason serviceUnavailable()
{
    return make("service_unavailable",
                "Servizio momentaneamente non disponibile: la richiesta verrà ripetuta.",
                "Service temporarily unavailable: the request will be retried.");
}
inline Reason notOwner()
{
    return make("not_owner", "Questo dato appartiene a un'altra sede: non può essere modificato da qui.",
                "The record belongs to another branch or comune.");
}
inline Reason versionConflict()
{
    return make("version_conflict",
                "Il dato è stato modificato altrove nel frattempo: questa versione non è stata applicata.",
                "The record was changed elsewhere meanwhile; this version was not applied.");
}
inline Reason recordNotFound()
{
    return make("record_not_found", "Modifica di un dato che il server non conosce.",
                "Update of a record the server does not know.");
}
inline Reason alreadyExists()
{
    return make("already_exists", "Un dato con questo identificativo esiste già.",
                "A record with this id already exists.");
}
inline Reason operationReused()
{
    return make("operation_id_reused", "Identificativo di operazione già usato per un'altra modifica.",
                "This operation id was already used for another change.");
}
inline Reason insertOnly()
{
    return make("insert_only", "Questo dato non può essere modificato dopo la registrazione.",
                "Records of this entity are never changed once stored.");
}
inline Reason usernameTaken()
{
    return make("username_taken",
                "Questo nome utente è già usato da un altro account del Comune: sceglierne un altro.",
                "The username belongs to another account of this comune.");
}
inline Reason brokenChain()
{
    return make("broken_chain",
                "Il registro delle attività di questo PC risulta alterato o incompleto: la voce è stata "
                "rifiutata. Avvisare l'amministratore.",
                "The audit entry does not follow the last entry of its chain the server holds (a gap, a "
                "wrong prevHash, or another comune's chain).");
}
inline Reason queueConflict()
{
    return make("queue_conflict",
                "Un altro sportello è arrivato prima: il biglietto era già stato chiamato o aggiornato.",
                "The queue event does not follow the last event of its ticket the server holds: another "
                "counter was first.");
}
inline Reason unknownTicket()
{
    return make("unknown_ticket", "Il biglietto di questo evento non è noto al server centrale.",
                "The queue event names a ticket of this branch the server does not hold.");
}
inline Reason invalidRecord(const QString &detail)
{
    // The detail comes from the domain's checks in English; the client runs the same checks and shows
    // them in Italian, so the Italian text stays general.
    Reason r = make("invalid_record", "Dati non validi secondo le regole del server: correggere la scheda.",
                    "Invalid record: ");
    r.messageEn += detail;
    return r;
}

} // namespace Sportello::Server::Reasons
