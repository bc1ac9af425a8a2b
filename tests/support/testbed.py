"""Shared by the Python integration tests in tests/integration (tst_interop.py,
tst_secrets.py, tst_outbox_durability.py), which run inside the testbed namespace
(`scripts/testbed exec`): PASS/FAIL bookkeeping, the testbed's environment, the
mailwright binary argument, a private XDG home, and POP3S read-back (CA-verified,
an independent client: Python's poplib).

The scripts import it from their own location:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
"""
import email
import email.policy
import os
import poplib
import ssl
import sys


class Tally:
    """Prints one PASS/FAIL line per check and counts them."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"PASS  {name}", flush=True)
        else:
            self.failed += 1
            print(f"FAIL  {name}" + (f" -- {detail}" if detail else ""), flush=True)
        return ok

    def summary(self):
        """The closing line: "N passed, M failed"."""
        print(f"{self.passed} passed, {self.failed} failed")


def env(name):
    """A variable that `scripts/testbed exec` exports; exits 1 when it is missing."""
    value = os.environ.get(name, "")
    if not value:
        print(f"FAIL  environment: {name} is not set (run via scripts/testbed exec)")
        sys.exit(1)
    return value


def mailwright_binary(script, fallback_env=None):
    """The mailwright executable from argv[1] (else from $fallback_env); exits 1 if unusable."""
    binary = sys.argv[1] if len(sys.argv) > 1 else ""
    if not binary and fallback_env:
        binary = os.environ.get(fallback_env, "")
    if not binary or not os.access(binary, os.X_OK):
        print(f"FAIL  usage: {script} PATH/TO/mailwright (got {binary!r})")
        sys.exit(1)
    return binary


def private_xdg(root):
    """XDG_CONFIG_HOME / DATA / CACHE / STATE below root, so a run never sees the user's files."""
    return {name: os.path.join(root, sub) for name, sub in (
        ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"))}


def pop_host():
    return os.environ.get("MAILWRIGHT_TB_POP_HOST", "pop.example.test")


def pop3_open(user, password, host=None, timeout=60):
    """A logged-in POP3S session on port 995 that trusts only MAILWRIGHT_CA_FILE."""
    context = ssl.create_default_context(cafile=os.environ["MAILWRIGHT_CA_FILE"])
    pop = poplib.POP3_SSL(host or pop_host(), 995, context=context, timeout=timeout)
    pop.user(user)
    pop.pass_(password)
    return pop


def decoded_subject(header_lines):
    """The decoded (RFC 2047) Subject of a message head as POP3 TOP returns it; "" if none."""
    raw = b"\r\n".join(header_lines).split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return str(msg["subject"] or "")
