#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace mw {

class HeaderFolder;

// RFC 2047 encoded words ("=?UTF-8?B?5Lit5paH?="), the way non-ASCII text goes into headers.
//
// appendEncodedWords() writes text as a run of encoded words into a header being folded:
//  - each word is at most 75 characters (§2) and sized to the room left on its line, so that
//    lines stay within 78;
//  - a word holds whole characters only (§5 rule 3: no UTF-8 sequence is ever split);
//  - the scheme is Q when it is no longer than B (mostly-ASCII text stays readable), else B,
//    with Q restricted to the characters §5(3) allows in a phrase, so one output suits Subject,
//    display names and parameter fallbacks alike;
//  - decoders drop the whitespace between adjacent encoded words (§6.2), so the text comes back
//    exactly, leading, trailing and repeated spaces included.
// prefix goes before the first word and suffix after the last, on the same lines (used for the
// quotes of a name="..." parameter). text must not hold unpaired surrogates.
void appendEncodedWords(
    HeaderFolder &folder, QStringView text, QByteArrayView prefix = {}, QByteArrayView suffix = {});

// The reverse, for tests and for showing headers of existing messages: unfolds the field body,
// decodes B and Q words in UTF-8, US-ASCII or ISO-8859-1, drops whitespace between adjacent
// encoded words, and keeps everything else as it is. Malformed words are kept as text.
QString decodeEncodedWords(QByteArrayView fieldBody);

} // namespace mw
