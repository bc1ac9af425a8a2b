#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QStringView>

namespace mw {

// Content-Type and Content-Disposition fields (RFC 2045 §5.1, RFC 2183), folded at 78.
//
// A file name that is short printable ASCII without quotes, backslashes or "=?" is written as a
// plain quoted-string. Any other name is written as:
//  - RFC 2231 filename*=UTF-8''%E4%B8%AD... on Content-Disposition, split into filename*0*=,
//    filename*1*=... continuations (§3) when it does not fit a line, each piece holding whole
//    characters;
//  - an RFC 2047 name="=?UTF-8?B?...?=" on Content-Type. RFC 2047 §5 forbids encoded words in
//    parameters, but readers that only know this form are common (some Chinese webmail among
//    them), and every reader that knows RFC 2231 prefers filename*.

using MimeParameter = QPair<QByteArray, QByteArray>; // ASCII name and value (quoted if needed)

// "Content-Type: type/subtype; a=b; ...; name=..." (name only when fileName is not empty).
QByteArray contentTypeField(
    QByteArrayView mediaType, const QList<MimeParameter> &parameters, QStringView fileName = {});

// "Content-Disposition: attachment; filename..." (or inline).
QByteArray contentDispositionField(QByteArrayView disposition, QStringView fileName);

// The RFC 2231 §7 percent-encoding of text as UTF-8 (exposed for tests).
QByteArray rfc2231Encode(QStringView text);

} // namespace mw
