#!/usr/bin/env python3
"""Interop: the same sends through Postfix, Exim and OpenSMTPD (issue #13).

    scripts/testbed exec python3 tests/integration/tst_interop.py PATH/TO/mailwright

Drives the real CLI (`mailwright send --smtp HOST:587/starttls --json`) against each
submission server of the testbed, then reads every message back over POP3 from
Dovecot (an independent client: Python's poplib, CA-verified) and checks the content:
decoded subject, body, attachment name and SHA-256 of the attachment bytes.

Cases: plain text; Chinese subject and attachment name; a 10 MB attachment; mixed
accepted and rejected recipients; 50 messages (`send --eml` x 50) on one connection.
Exim and OpenSMTPD relay into Postfix, which delivers to Dovecot. Server differences
(capabilities, reply texts) must not change the outcome, so every server gets the
same assertions.

Prints one PASS/FAIL line per check, the matrix server x case, and
"N passed, M failed"; exits 1 on any failure. Messages it finds are deleted again
(alice and bob only; carol's mailbox is counted by other tests and never touched).
"""
import email
import email.policy
import hashlib
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import testbed  # noqa: E402  (tests/support/testbed.py)

RESULTS = testbed.Tally()
MATRIX = {}
env = testbed.env


def check(server, case, name, ok, detail=""):
    if not RESULTS.check(f"{server}: {case}: {name}", ok, detail):
        MATRIX[(server, case)] = "fail"
    MATRIX.setdefault((server, case), "pass")
    return ok


MAILWRIGHT = testbed.mailwright_binary("tst_interop.py", fallback_env="MAILWRIGHT_BINARY")
env("MAILWRIGHT_CA_FILE")
ALICE, ALICE_PASS = env("MAILWRIGHT_TB_ALICE_USER"), env("MAILWRIGHT_TB_ALICE_PASS")
BOB, BOB_PASS = env("MAILWRIGHT_TB_BOB_USER"), env("MAILWRIGHT_TB_BOB_PASS")
REJECTED = env("MAILWRIGHT_TB_REJECTED_RCPT")
SERVERS = [s.split(":", 1) for s in env("MAILWRIGHT_TB_INTEROP_SERVERS").split()]
CASES = ["plain", "chinese", "10MB", "mixed", "50 on one connection"]
RUN = "interop-" + secrets.token_hex(4)
TMP = tempfile.mkdtemp(prefix="mw-interop-")


def send(host, args, stdin=ALICE_PASS, timeout=300):
    """mailwright send through HOST:587 STARTTLS as alice; returns (exit code, json, stderr)."""
    cmd = [MAILWRIGHT, "send", "--smtp", f"{host}:587/starttls", "--user", ALICE,
           "--password-stdin", "--json"] + args
    p = subprocess.run(cmd, input=stdin.encode(), capture_output=True, timeout=timeout)
    try:
        result = json.loads(p.stdout.decode("utf-8"))
    except ValueError:
        result = {}
    return p.returncode, result, p.stderr.decode("utf-8", "replace")


class Mailbox:
    """POP3S read-back (CA-verified); finds messages by decoded subject."""

    def __init__(self, user, password):
        self.user, self.password = user, password

    def wait(self, tokens, deadline_s=120, delete=True):
        """Waits until a message for every token is there; returns {token: parsed message}."""
        tokens = list(tokens)
        found = {}
        end = time.time() + deadline_s
        while True:
            pop = testbed.pop3_open(self.user, self.password)
            try:
                count = len(pop.list()[1])
                for number in range(count, 0, -1):
                    subject = testbed.decoded_subject(pop.top(number, 0)[1])
                    hits = [t for t in tokens if t not in found and t in subject]
                    if not hits:
                        continue
                    raw = b"\r\n".join(pop.retr(number)[1]) + b"\r\n"
                    found[hits[0]] = email.message_from_bytes(raw, policy=email.policy.default)
                    if delete:
                        pop.dele(number)
            finally:
                pop.quit()
            if len(found) == len(tokens) or time.time() > end:
                return found
            time.sleep(1)


ALICE_BOX = Mailbox(ALICE, ALICE_PASS)
BOB_BOX = Mailbox(BOB, BOB_PASS)


def text_body(msg):
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def attachments(msg):
    return [(p.get_filename(), p.get_payload(decode=True)) for p in msg.iter_attachments()]


def case_plain(name, host):
    case = "plain"
    token = f"{RUN}-{name}-plain"
    body = f"Plain text through {name}.\nSecond line.\n.leading dot line\n"
    rc, res, err = send(host, ["--from", ALICE, "--to", BOB, "--subject", token, "--body", body])
    if not check(name, case, "send exits 0 and reports 1 delivered", rc == 0 and res.get("messages") == 1,
                 f"rc={rc} {res} {err.strip()[:300]}"):
        return  # nothing to wait for
    got = BOB_BOX.wait([token]).get(token)
    if not check(name, case, "bob reads it back over POP3", got is not None):
        return
    check(name, case, "subject and body intact", str(got["subject"]) == token
          and text_body(got).replace("\r\n", "\n").strip("\n") == body.strip("\n"),
          f"subject={got['subject']!r} body={text_body(got)!r}")


def case_chinese(name, host):
    case = "chinese"
    token = f"{RUN}-{name}-zh"
    subject = f"季度报告：收件人、抄送与附件测试 {token}"
    filename = "季度报告-二〇二六年.txt"
    content = ("中文附件内容，第一行。\n" * 50 + "end\n").encode("utf-8")
    path = os.path.join(TMP, f"{name}-zh", filename)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content)
    body = "你好，这是一封测试邮件。\n"
    rc, res, err = send(host, ["--from", ALICE, "--to", BOB, "--subject", subject, "--body", body,
                               "--attach", path])
    if not check(name, case, "send exits 0", rc == 0 and res.get("messages") == 1,
                 f"rc={rc} {res} {err[:300]}"):
        return
    got = BOB_BOX.wait([token]).get(token)
    if not check(name, case, "bob reads it back over POP3", got is not None):
        return
    check(name, case, "decoded subject is the Chinese text", str(got["subject"]) == subject,
          repr(str(got["subject"])))
    check(name, case, "Chinese body intact", text_body(got).strip() == body.strip(), repr(text_body(got)))
    att = attachments(got)
    check(name, case, "attachment name decodes to the Chinese file name and bytes match",
          len(att) == 1 and att[0][0] == filename and att[0][1] == content,
          repr([(a[0], len(a[1] or b"")) for a in att]))


def case_big(name, host):
    case = "10MB"
    token = f"{RUN}-{name}-10mb"
    data = os.urandom(10 * 1024 * 1024)
    path = os.path.join(TMP, f"{name}-10mb.bin")
    with open(path, "wb") as f:
        f.write(data)
    rc, res, err = send(host, ["--from", ALICE, "--to", BOB, "--subject", token, "--body", "10 MB attached",
                               "--attach", path])
    if not check(name, case, "send exits 0", rc == 0 and res.get("messages") == 1,
                 f"rc={rc} {res} {err[:300]}"):
        return
    got = BOB_BOX.wait([token], deadline_s=180).get(token)
    if not check(name, case, "bob reads it back over POP3", got is not None):
        return
    att = attachments(got)
    want = hashlib.sha256(data).hexdigest()
    have = hashlib.sha256(att[0][1]).hexdigest() if len(att) == 1 and att[0][1] is not None else None
    check(name, case, f"attachment SHA-256 {want[:16]}... matches", have == want, f"got {have}")


def case_mixed(name, host):
    case = "mixed"
    token = f"{RUN}-{name}-mixed"
    rc, res, err = send(host, ["--from", ALICE, "--to", f"{BOB},{REJECTED},{ALICE}", "--subject", token,
                               "--body", "mixed recipients"])
    check(name, case, "send exits 3 (partial success)", rc == 3, f"rc={rc} {err[:300]}")
    if not check(name, case, "JSON: bob and alice accepted, 1 message delivered",
                 sorted(res.get("accepted", [])) == sorted([BOB, ALICE]) and res.get("messages") == 1, str(res)):
        return
    rejected = res.get("rejected", [])
    check(name, case, "JSON: nobody@ rejected with a 5xx reply",
          len(rejected) == 1 and rejected[0].get("address") == REJECTED
          and str(rejected[0].get("code", "")).startswith("5"), str(rejected))
    check(name, case, "bob got it", token in BOB_BOX.wait([token]))
    check(name, case, "alice got it", token in ALICE_BOX.wait([token]))


def case_batch(name, host):
    case = "50 on one connection"
    files, tokens = [], []
    for i in range(50):
        token = f"{RUN}-{name}-batch-{i:02d}"
        tokens.append(token)
        path = os.path.join(TMP, f"{name}-batch-{i:02d}.eml")
        with open(path, "wb") as f:
            f.write((f"From: {ALICE}\r\nTo: {BOB}\r\nSubject: {token}\r\n"
                     f"Message-ID: <{token}@example.test>\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                     f"message {i} of 50\r\n").encode())
        files.append(path)
    transcript = os.path.join(TMP, f"{name}-batch.transcript")
    args = ["--transcript", transcript]
    for path in files:
        args += ["--eml", path]
    rc, res, err = send(host, args)
    if not check(name, case, "send exits 0, 50 of 50 delivered", rc == 0 and res.get("messages") == 50
                 and res.get("total") == 50, f"rc={rc} messages={res.get('messages')} {err[:300]}"):
        return
    with open(transcript, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    ehlo = [line for line in lines if "EHLO" in line and line.lstrip().startswith("C")]
    connects = [line for line in lines if line.startswith("* connecting to")]
    mails = [line for line in lines if "MAIL FROM" in line.upper() and line.lstrip().startswith("C")]
    check(name, case, "one connection: 1 connect, 2 EHLO (before/after STARTTLS), 50 MAIL FROM",
          len(connects) == 1 and len(ehlo) == 2 and len(mails) == 50,
          f"connects={len(connects)} EHLO={len(ehlo)} MAIL={len(mails)}")
    got = BOB_BOX.wait(tokens, deadline_s=180)
    check(name, case, "bob reads all 50 back over POP3", len(got) == 50, f"{len(got)} of 50")


def main():
    try:
        for name, host in SERVERS:
            print(f"--- {name} ({host}:587 STARTTLS)", flush=True)
            try:
                socket.getaddrinfo(host, 587)
            except OSError as e:
                for case in CASES:
                    check(name, case, f"{host} resolves", False,
                          f"{e}; a testbed from an older scripts/testbed? `scripts/testbed up` adds "
                          "the interop servers to a running testbed")
                continue
            for fn in (case_plain, case_chinese, case_big, case_mixed, case_batch):
                try:
                    fn(name, host)
                except Exception as e:  # a crash in one case must not hide the others
                    check(name, fn.__name__, "no exception", False, f"{type(e).__name__}: {e}")
    finally:
        subprocess.run(["rm", "-rf", TMP])
    print()
    print("interop matrix (server x case):")
    width = max(len(c) for c in CASES) + 2
    print(" " * 12 + "".join(c.ljust(width) for c in CASES))
    for name, _ in SERVERS:
        print(name.ljust(12) + "".join(MATRIX.get((name, c), "n/a").ljust(width) for c in CASES))
    RESULTS.summary()
    return 1 if RESULTS.failed or any(v != "pass" for v in MATRIX.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
