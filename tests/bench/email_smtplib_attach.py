#!/usr/bin/env python3
"""Peer for benchmark B4: what a Python script would do to send a big attachment,
the stdlib email package plus smtplib (the whole message is built in memory).

  email_smtplib_attach.py HOST PORT FILE
"""
import smtplib
import sys
from email.message import EmailMessage


def main() -> int:
    host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    message = EmailMessage()
    message["From"] = "bench@example.test"
    message["To"] = "sink@example.test"
    message["Subject"] = "big attachment"
    message.set_content("see attachment\n")
    with open(path, "rb") as f:
        message.add_attachment(f.read(), maintype="application", subtype="octet-stream",
                               filename="big.bin")
    with smtplib.SMTP(host, port) as smtp:
        smtp.send_message(message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
