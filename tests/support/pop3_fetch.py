#!/usr/bin/env python3
"""Reads mail back over POP3S for integration tests (an independent client).

  pop3_fetch.py HOST USER PASSWORD --count
  pop3_fetch.py HOST USER PASSWORD --subject TOKEN   # raw message to stdout

Trusts only the CA in MAILWRIGHT_CA_FILE and checks the host name.
Exit 2 when no message matches.
"""
import email
import email.policy
import os
import poplib
import ssl
import sys


def main() -> int:
    host, user, password, mode = sys.argv[1:5]
    context = ssl.create_default_context(cafile=os.environ["MAILWRIGHT_CA_FILE"])
    pop = poplib.POP3_SSL(host, 995, context=context, timeout=30)
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    if mode == "--count":
        print(count)
        pop.quit()
        return 0
    token = sys.argv[5]
    for number in range(count, 0, -1):
        _, lines, _ = pop.retr(number)
        raw = b"\r\n".join(lines) + b"\r\n"
        # Decoded (RFC 2047) subject, so non-ASCII subjects match too.
        headers = email.message_from_bytes(raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n",
                                           policy=email.policy.default)
        if token in str(headers["subject"] or ""):
            sys.stdout.buffer.write(raw)
            pop.quit()
            return 0
    pop.quit()
    return 2


if __name__ == "__main__":
    sys.exit(main())
