#!/usr/bin/env python3
"""Parse one RFC 5322 message with Python's email package and print what a reader sees, as JSON.

Used by tests/unit/tst_mimeroundtrip.cpp to check MessageWriter's output against an independent
parser (stdlib only, email.policy.default). Usage: mime_roundtrip.py MESSAGE_FILE

Output keys:
  python             the interpreter version (parser quirks differ between versions)
  headers            top-level field names, in order
  subject, message_id, date, user_agent, mime_version   decoded values (null if absent)
  from, to, cc, reply_to, bcc   lists of {"name", "address"} (display name and addr-spec)
  structure          content types as a tree, e.g. "multipart/mixed(text/plain,image/png)"
  text, html         the bodies get_body() picks, decoded, line breaks as "\\n" (null if none)
  parts              every other leaf part in walk order: filename, content_type, disposition,
                     content_id, size and sha256 of the decoded payload
  defects            every defect Python noted: {"where", "header", "defect"}
"""

import email
import hashlib
import json
import sys
from email import policy


def addresses(message, name):
    header = message[name]
    if header is None:
        return []
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]


def text_of(part):
    if part is None:
        return None
    return part.get_content().replace("\r\n", "\n")


def structure(part):
    if part.is_multipart():
        return "%s(%s)" % (part.get_content_type(),
                           ",".join(structure(p) for p in part.iter_parts()))
    return part.get_content_type()


def optional_str(value):
    return None if value is None else str(value)


def main():
    if len(sys.argv) != 2:
        print("usage: mime_roundtrip.py MESSAGE_FILE", file=sys.stderr)
        return 2
    with open(sys.argv[1], "rb") as f:
        message = email.message_from_binary_file(f, policy=policy.default)

    text_part = message.get_body(preferencelist=("plain",))
    html_part = message.get_body(preferencelist=("html",))

    defects = []
    parts = []
    for index, part in enumerate(message.walk()):
        where = "part %d (%s)" % (index, part.get_content_type())
        defects += [{"where": where, "header": "", "defect": type(d).__name__ + ": " + str(d)}
                    for d in part.defects]
        for name, value in part.items():
            defects += [{"where": where, "header": name, "defect": type(d).__name__ + ": " + str(d)}
                        for d in getattr(value, "defects", ())]
        if part.is_multipart() or part is text_part or part is html_part:
            continue
        payload = part.get_payload(decode=True) or b""
        parts.append({
            "filename": part.get_filename(),
            "content_type": part.get_content_type(),
            "disposition": part.get_content_disposition(),
            "content_id": optional_str(part["Content-ID"]),
            "size": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
        })

    result = {
        "python": "%d.%d.%d" % sys.version_info[:3],
        "headers": list(message.keys()),
        "subject": optional_str(message["Subject"]),
        "message_id": optional_str(message["Message-ID"]),
        "date": optional_str(message["Date"]),
        "user_agent": optional_str(message["User-Agent"]),
        "mime_version": optional_str(message["MIME-Version"]),
        "from": addresses(message, "From"),
        "to": addresses(message, "To"),
        "cc": addresses(message, "Cc"),
        "reply_to": addresses(message, "Reply-To"),
        "bcc": addresses(message, "Bcc"),
        "structure": structure(message),
        "text": text_of(text_part),
        "html": text_of(html_part),
        "parts": parts,
        "defects": defects,
    }
    json.dump(result, sys.stdout, ensure_ascii=True, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
