#!/usr/bin/env python3
"""Secrets scan (issue #13): the password never leaves the keychain.

    scripts/testbed exec python3 tests/integration/tst_secrets.py PATH/TO/mailwright [PATH/TO/wizard_secrets_flow]

1. Adds a fresh testbed user with a unique random password (a line in Dovecot's
   passwd-file, which Dovecot re-reads when it changes; Postfix authenticates through
   Dovecot), and removes it again at the end.
2. Runs the whole CLI flow with a private XDG_CONFIG_HOME / XDG_DATA_HOME /
   XDG_CACHE_HOME / XDG_STATE_HOME: `account add --password-stdin` (secret ->
   gnome-keyring), `account list/show`, `verify --account` (the keychain secret),
   `send --account` with --transcript
   (AUTH PLAIN and AUTH LOGIN) and with --json, then reads the mail back over POP3
   to prove that the logins really happened.
   With the second argument, the same user is then set up through the GUI wizard
   (password typed, real SMTP and POP3 logins, Finish → gnome-keyring) and the
   wizard's account is verified from the keychain by the CLI.
3. Searches every file below those directories (config, outbox, drafts, logs),
   every transcript, and the stdout/stderr of every command for the password:
   plain UTF-8, base64 of the SASL PLAIN message (\\0user\\0pass, also with an
   authorization id), base64 of the LOGIN response (base64(pass)), and UTF-16LE/BE.
   Zero hits required. The scanner first proves that it finds each form when it is
   planted (self-check).

Prints PASS/FAIL lines and "N passed, M failed"; exits 1 on any failure.
"""
import base64
import json
import os
import poplib
import secrets
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import testbed  # noqa: E402  (tests/support/testbed.py)

RESULTS = testbed.Tally()
check = RESULTS.check
env = testbed.env

MAILWRIGHT = testbed.mailwright_binary("tst_secrets.py")
# Optional: tests/gui/wizard_secrets_flow, to run the wizard as part of the flow.
WIZARD = sys.argv[2] if len(sys.argv) > 2 else ""
env("MAILWRIGHT_CA_FILE")
USERS_FILE = env("MAILWRIGHT_TB_DOVECOT_USERS")
ALICE, ALICE_PASS = env("MAILWRIGHT_TB_ALICE_USER"), env("MAILWRIGHT_TB_ALICE_PASS")
SMTP = env("MAILWRIGHT_TB_SMTP_HOST")
POP = env("MAILWRIGHT_TB_POP_HOST")

TAG = secrets.token_hex(6)
USER = f"secscan-{TAG}@example.test"
# unique, random, and not ASCII-only (so the UTF-16 forms are not just interleaved ASCII)
PASSWORD = f"Sc-{secrets.token_urlsafe(15)}-密ü"
ACCOUNT = f"secscan-{TAG}"


def needles(user, password):
    """Every form in which the password could leak, by name."""
    pw = password.encode("utf-8")
    u = user.encode("utf-8")
    forms = {
        "plain UTF-8": pw,
        "base64 PLAIN \\0user\\0pass": base64.b64encode(b"\0" + u + b"\0" + pw),
        "base64 PLAIN user\\0user\\0pass": base64.b64encode(u + b"\0" + u + b"\0" + pw),
        "base64 LOGIN base64(pass)": base64.b64encode(pw),
        "UTF-16LE": password.encode("utf-16-le"),
        "UTF-16BE": password.encode("utf-16-be"),
    }
    # base64 without padding (some logs strip '=')
    forms["base64 LOGIN without padding"] = base64.b64encode(pw).rstrip(b"=")
    return forms


def scan(paths, forms):
    """[(file, form name)] for every hit below PATHS (files or directories)."""
    hits = []
    for root in paths:
        files = []
        if os.path.isfile(root):
            files = [root]
        else:
            for d, _, names in os.walk(root):
                files += [os.path.join(d, n) for n in names]
        for f in files:
            try:
                with open(f, "rb") as fh:
                    data = fh.read()
            except OSError:
                continue
            for name, needle in forms.items():
                if needle in data:
                    hits.append((f, name))
    return hits


TMP = tempfile.mkdtemp(prefix="mw-secrets-")
XDG = testbed.private_xdg(TMP)
OUT = os.path.join(TMP, "process-output")
TRANSCRIPTS = os.path.join(TMP, "transcripts")
for d in list(XDG.values()) + [OUT, TRANSCRIPTS]:
    os.makedirs(d, exist_ok=True)
RUN_ENV = dict(os.environ, **XDG)
RUN_ENV.pop("MAILWRIGHT_PASSWORD", None)
STEP = [0]


def cli(label, args, stdin=None, timeout=120):
    """Runs mailwright; keeps stdout/stderr as files for the scan; returns (rc, stdout, stderr)."""
    STEP[0] += 1
    p = subprocess.run([MAILWRIGHT] + args, input=stdin.encode("utf-8") if stdin is not None else None,
                       capture_output=True, timeout=timeout, env=RUN_ENV,
                       stdin=subprocess.DEVNULL if stdin is None else None)
    base = os.path.join(OUT, f"{STEP[0]:02d}-{label}")
    with open(base + ".stdout", "wb") as f:
        f.write(p.stdout)
    with open(base + ".stderr", "wb") as f:
        f.write(p.stderr)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def pop_login_ok(user, password):
    try:
        pop = testbed.pop3_open(user, password, host=POP, timeout=20)
        pop.quit()
        return True
    except (poplib.error_proto, OSError):
        return False


def fetch_and_delete(user, password, tokens, deadline_s=60):
    found = set()
    end = time.time() + deadline_s
    while True:
        pop = testbed.pop3_open(user, password, host=POP, timeout=30)
        for n in range(len(pop.list()[1]), 0, -1):
            subject = testbed.decoded_subject(pop.top(n, 0)[1])
            hit = [t for t in tokens if t in subject]
            if hit:
                found.add(hit[0])
                pop.dele(n)
        pop.quit()
        if found == set(tokens) or time.time() > end:
            return found
        time.sleep(1)


def add_user():
    with open(USERS_FILE, "a", encoding="utf-8") as f:
        f.write(f"{USER}:{{PLAIN}}{PASSWORD}\n")


def remove_user():
    with open(USERS_FILE, encoding="utf-8") as f:
        lines = f.readlines()
    with open(USERS_FILE + ".secscan", "w", encoding="utf-8") as f:
        f.writelines(line for line in lines if not line.startswith(USER + ":"))
    shutil.copymode(USERS_FILE, USERS_FILE + ".secscan")
    st = os.stat(USERS_FILE)
    os.chown(USERS_FILE + ".secscan", st.st_uid, st.st_gid)
    os.replace(USERS_FILE + ".secscan", USERS_FILE)


def wizard_flow():
    """The same user set up through the GUI wizard (tests/gui/wizard_secrets_flow)."""
    if not WIZARD:
        print("NOTE  built without the GUI: the wizard is not part of the flow")
        return
    STEP[0] += 1
    base = os.path.join(OUT, f"{STEP[0]:02d}-wizard")
    wizard_env = dict(RUN_ENV, QT_QPA_PLATFORM="offscreen", MW_SECSCAN_EMAIL=USER,
                      MW_SECSCAN_PASSWORD=PASSWORD,
                      MW_SECSCAN_LOG=os.path.join(TRANSCRIPTS, "wizard-protocol-log.txt"))
    p = subprocess.run([WIZARD], capture_output=True, timeout=240, env=wizard_env, stdin=subprocess.DEVNULL)
    with open(base + ".stdout", "wb") as f:
        f.write(p.stdout)
    with open(base + ".stderr", "wb") as f:
        f.write(p.stderr)
    if not check("wizard: typed password, detection, SMTP + POP3 logins, Finish",
                 p.returncode == 0, p.stdout.decode("utf-8", "replace")[-800:]):
        return
    # The wizard saved the secret in gnome-keyring: the CLI can log in with it.
    rc, out, err = cli("verify-wizard-account", ["verify", "--account", USER, "--json", "--timeout-ms", "45000"])
    try:
        report = json.loads(out)
    except ValueError:
        report = {}
    check("verify --account (the account and keychain secret the wizard saved)",
          rc == 0 and all(report.get(x, {}).get("loginTested") is True for x in ("smtp", "pop3")),
          f"rc={rc} {out.strip()[:300]} {err.strip()[:200]}")
    rc, out, err = cli("account-remove-wizard", ["account", "remove", USER])
    check("account remove (the wizard's account and its passwords)", rc == 0, f"rc={rc} {err.strip()[:200]}")


def main():
    forms = needles(USER, PASSWORD)

    # --- self-check: the scanner finds every planted form ----------------------------
    planted = os.path.join(TMP, "planted")
    os.makedirs(planted)
    for i, (name, needle) in enumerate(forms.items()):
        with open(os.path.join(planted, f"{i}.bin"), "wb") as f:
            f.write(b"noise before " + needle + b" noise after\n")
    hits = scan([planted], forms)
    for i, name in enumerate(forms):
        check(f"self-check: the scanner finds a planted '{name}'",
              (os.path.join(planted, f"{i}.bin"), name) in hits)
    shutil.rmtree(planted)
    check("self-check: a clean directory has no hits", scan([TMP], forms) == [])

    # --- a fresh user with a unique password -----------------------------------------
    add_user()
    try:
        deadline = time.time() + 15
        while not pop_login_ok(USER, PASSWORD) and time.time() < deadline:
            time.sleep(0.5)
        if not check(f"testbed: fresh user {USER} can log in (Dovecot re-read its passwd-file)",
                     pop_login_ok(USER, PASSWORD)):
            return

        # --- the CLI flow -------------------------------------------------------------
        rc, out, err = cli("account-add", ["account", "add", "--email", USER, "--name", ACCOUNT,
                                           "--smtp", f"{SMTP}:587/starttls", "--pop3", f"{POP}:995/ssl",
                                           "--password-stdin", "--json"], stdin=PASSWORD + "\n")
        if not check("account add --password-stdin (secret -> gnome-keyring)", rc == 0,
                     f"rc={rc} {err.strip()[:300]}"):
            return
        rc, out, err = cli("account-show", ["account", "show", ACCOUNT, "--json"])
        check("account show --json", rc == 0 and USER in out, f"rc={rc} {err.strip()[:200]}")
        rc, out, err = cli("account-list", ["account", "list"])
        check("account list", rc == 0 and ACCOUNT in out, f"rc={rc} {err.strip()[:200]}")

        rc, out, err = cli("verify-account", ["verify", "--account", ACCOUNT, "--json",
                                              "--timeout-ms", "45000"])
        try:
            report = json.loads(out)
        except ValueError:
            report = {}
        logins = [report.get(p, {}).get("ok") is True and report.get(p, {}).get("loginTested") is True
                  for p in ("smtp", "pop3")]
        check("verify --account --json (SMTP + POP3 login with the keychain secret)",
              rc == 0 and all(logins), f"rc={rc} {out.strip()[:300]} {err.strip()[:200]}")

        tokens = []
        for label, extra in (("send-plain-transcript", ["--transcript", os.path.join(TRANSCRIPTS, "plain.txt")]),
                             ("send-login-transcript", ["--auth", "LOGIN", "--transcript",
                                                        os.path.join(TRANSCRIPTS, "login.txt")]),
                             ("send-json", ["--json", "--transcript", os.path.join(TRANSCRIPTS, "json.txt")])):
            token = f"secscan-{TAG}-{label}"
            tokens.append(token)
            rc, out, err = cli(label, ["send", "--account", ACCOUNT, "--to", ALICE, "--subject", token,
                                       "--body", "secrets scan"] + extra)
            check(f"send --account {' '.join(a for a in extra if a.startswith('--'))}", rc == 0,
                  f"rc={rc} {out.strip()[:200]} {err.strip()[:200]}")
        # The durable outbox (when this build has it): a queued message is on disk in
        # XDG_DATA_HOME while it waits, and is scanned like everything else.
        rc, out, err = cli("outbox-help", ["outbox", "--help"])
        if rc == 0:
            token = f"secscan-{TAG}-outbox-add"
            tokens.append(token)
            rc, out, err = cli("outbox-add", ["outbox", "add", "--account", ACCOUNT, "--to", ALICE,
                                              "--subject", token, "--body", "queued"])
            check("outbox add --account (message written to the outbox)", rc == 0,
                  f"rc={rc} {err.strip()[:200]}")
            queued = [os.path.relpath(os.path.join(d, n), TMP)
                      for d, _, files in os.walk(XDG["XDG_DATA_HOME"]) for n in files]
            print("      data files while the message is queued:", ", ".join(sorted(queued)))
            check("the queued message is on disk below XDG_DATA_HOME",
                  any("outbox" in f.lower() for f in queued), str(queued))
            # scanned now, while queued: flush removes it again
            hits = scan([XDG["XDG_DATA_HOME"]], forms)
            check("secrets scan of the outbox while a message is queued: 0 hits", hits == [],
                  "; ".join(f"{os.path.relpath(f, TMP)}: {n}" for f, n in hits))
            rc, out, err = cli("outbox-list", ["outbox", "list", "--json"])
            check("outbox list --json", rc == 0, f"rc={rc} {err.strip()[:200]}")
            token = f"secscan-{TAG}-send-queue"
            tokens.append(token)
            rc, out, err = cli("send-queue", ["send", "--queue", "--account", ACCOUNT, "--to", ALICE,
                                              "--subject", token, "--body", "queued and sent"])
            check("send --queue --account", rc == 0, f"rc={rc} {out.strip()[:200]} {err.strip()[:200]}")
            rc, out, err = cli("outbox-flush", ["outbox", "flush", "--account", ACCOUNT, "--json"])
            check("outbox flush --account --json", rc == 0, f"rc={rc} {out.strip()[:200]} {err.strip()[:200]}")
        else:
            print("NOTE  this build has no outbox command; the outbox is not part of the flow")
        for name in ("plain.txt", "login.txt"):
            with open(os.path.join(TRANSCRIPTS, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            check(f"transcript {name} shows the AUTH exchange (redacted) and a 235",
                  "AUTH" in text and " 235" in text, text[-300:])
        got = fetch_and_delete(ALICE, ALICE_PASS, tokens)
        check(f"alice received all {len(tokens)} messages (the logins were real)", got == set(tokens),
              f"{sorted(got)}")

        rc, out, err = cli("account-remove", ["account", "remove", ACCOUNT])
        check("account remove (also removes the saved passwords)", rc == 0, f"rc={rc} {err.strip()[:200]}")

        wizard_flow()
    finally:
        remove_user()

    # --- the scan -----------------------------------------------------------------------
    check("the flow wrote its account into the private XDG_CONFIG_HOME (so it is scanned)",
          any(files for _, _, files in os.walk(XDG["XDG_CONFIG_HOME"])))
    scanned = sum(len(files) for _, _, files in os.walk(TMP))
    hits = scan([TMP], forms)
    check(f"secrets scan: 0 hits for {len(forms)} forms in {scanned} files (config, data, cache, "
          f"state, {len(os.listdir(TRANSCRIPTS))} transcripts, stdout/stderr of {STEP[0]} commands)",
          hits == [], "; ".join(f"{os.path.relpath(f, TMP)}: {n}" for f, n in hits))
    print("scanned files:")
    for d, _, files in sorted(os.walk(TMP)):
        for n in sorted(files):
            print("   ", os.path.relpath(os.path.join(d, n), TMP))


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    RESULTS.summary()
    sys.exit(1 if RESULTS.failed or RESULTS.passed == 0 else 0)
