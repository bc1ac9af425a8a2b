#pragma once

namespace mw::cli {

// Process exit codes; part of the CLI contract in README.md (sysexits-style).
enum ExitCode : int {
    Success = 0,
    PartialSuccess = 3, // some recipients were rejected
    Usage = 64,
    DataError = 65,
    DnsFailure = 68,
    Unreachable = 69,
    TlsError = 74,
    TemporaryFailure = 75,
    PermanentRejection = 76,
    AuthFailed = 77,
};

} // namespace mw::cli
