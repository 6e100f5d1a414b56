// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target: every parser of the sync protocol (what the server reads from PCs and what PCs
// read from the server) on any bytes; an accepted message written out again parses to the same.
#include "fuzzsupport.h"
#include "sync/protocol.h"

#include <cstdint>

using namespace Sportello::Sync::Protocol;
using Sportello::Fuzz::require;

namespace {
// Parsed, written out, parsed again: the same message. A refusal names what was wrong.
template <typename Message, typename Parser> void roundTrip(const QByteArray &bytes, Parser parse)
{
    const ParseResult<Message> parsed = parse(bytes);
    if (const auto *error = std::get_if<ParseError>(&parsed)) {
        require(error->code == QLatin1String("malformed_json") ||
                error->code == QLatin1String("invalid_request"));
        return;
    }
    const QJsonObject once = toJson(std::get<Message>(parsed));
    const ParseResult<Message> again = parse(compact(once));
    require(std::holds_alternative<Message>(again));
    require(toJson(std::get<Message>(again)) == once);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    roundTrip<EnrolRequest>(bytes, parseEnrolRequest);
    roundTrip<EnrolResponse>(bytes, parseEnrolResponse);
    roundTrip<PushRequest>(bytes, parsePushRequest);
    roundTrip<PushResponse>(bytes, parsePushResponse);
    roundTrip<PullResponse>(bytes, parsePullResponse);
    if (const std::optional<Reason> reason = parseErrorBody(bytes))
        require(!reason->code.isEmpty());
    return 0;
}
