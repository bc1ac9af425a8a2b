#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace mw {

// RFC 2045 §6.1 Content-Transfer-Encoding values the writer produces.
enum class TransferEncoding { SevenBit, EightBit, QuotedPrintable, Base64 };

QByteArray transferEncodingName(TransferEncoding encoding); // "7bit", "quoted-printable"...

// RFC 2046 §4.1.1 canonical form of a text body: UTF-8 with every line break (CRLF, a bare LF
// or a bare CR) written as CRLF.
QByteArray canonicalText(QStringView text);

struct TextEncodingChoice {
    TransferEncoding encoding = TransferEncoding::SevenBit;
    qint64 encodedSize = 0; // bytes the body takes in the message
};

// Picks how a canonical text body travels:
//  - 7bit when it is ASCII with lines of at most 998 octets (RFC 5322 §2.1.1) and no NUL;
//  - 8bit on the same conditions but with UTF-8, only when eightBitAllowed (the server offers
//    8BITMIME, RFC 6152);
//  - otherwise whichever of quoted-printable and base64 is shorter, ties to quoted-printable.
//    Mostly-ASCII text (a Chinese byte costs 3 characters in QP) stays readable as QP, while
//    mostly-CJK text goes as base64, which costs 4/3 whatever the script.
TextEncodingChoice chooseTextEncoding(QByteArrayView canonical, bool eightBitAllowed);

} // namespace mw
