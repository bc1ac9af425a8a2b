// The autoconfig / ISPDB XML (config-v1.1) as a hostile server sends it, read
// by ConfigXmlParser with its default limits; a parsed record is then
// instantiated for an address, as discovery does.
#include "FuzzSupport.h"

#include "discovery/ConfigXmlParser.h"
#include "mime/EmailAddress.h"

MWFUZZ_INIT_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mw;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ConfigXmlLimits limits;
    ConfigXmlParser parser(limits);
    const std::optional<ProviderRecord> record = parser.parse(input);
    if (!record) {
        mwfuzz::check(!parser.errorString().isEmpty(), "failure without errorString");
        return 0;
    }
    mwfuzz::check(!record->servers.isEmpty(), "a record without servers");
    mwfuzz::check(record->servers.size() <= limits.maxServers, "maxServers exceeded");
    mwfuzz::check(record->domains.size() <= limits.maxDomains, "maxDomains exceeded");
    static const auto address = EmailAddress::parse(u"user.name@example.com");
    mwfuzz::check(address.has_value(), "fixed address");
    const QList<ServerConfig> servers
        = record->instantiate(*address, ConfigSource::Autoconfig, Trust::NeedsConfirmation);
    for (const ServerConfig &server : servers) {
        mwfuzz::check(isPlausibleHostName(server.host), "implausible host after instantiate",
            server.host.toUtf8());
        mwfuzz::check(server.port != 0, "port 0", server.host.toUtf8());
        (void)server.toString();
    }
    return 0;
}
