#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace mw::sasl {

// RFC 3454 §7: "query" strings may hold code points unassigned in Unicode 3.2,
// "stored" strings may not. SCRAM treats both username and password as
// queries (RFC 5802 §2.2), so Query is the default.
enum class SaslPrepMode { Query, Stored };

// RFC 4013 SASLprep: map (non-ASCII spaces → U+0020, "commonly mapped to
// nothing" removed), NFKC with Unicode 3.2, prohibit, then check bidi.
// Returns std::nullopt when the input contains a prohibited code point, an
// unpaired surrogate or violates the bidi rule. An empty result is valid here;
// callers that need a non-empty identity check that themselves.
//
// Tables follow Unicode 3.2 as stringprep requires: NFKC uses Qt's Unicode 3.2
// mode, and code points assigned later count as unassigned.
std::optional<QString> saslPrep(QStringView input, SaslPrepMode mode = SaslPrepMode::Query);

} // namespace mw::sasl
