#!/usr/bin/env bash
# Self-check of the Mailwright testbed with independent tools (swaks, python3
# poplib/smtplib/ssl, dig, curl, openssl s_client, secret-tool).
#
# Run inside the namespace with the testbed environment:
#     scripts/testbed up
#     scripts/testbed exec tests/integration/tst_testbed.sh
# Prints one line per check and ends with "N passed, M failed"; exits 1 on any failure.
set -uo pipefail

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); printf 'PASS  %s\n' "$1"; }
fail() { FAILED=$((FAILED + 1)); printf 'FAIL  %s%s\n' "$1" "${2:+ -- $2}"; }
# check NAME CMD... : pass when CMD exits 0
check() { local name=$1; shift; local out; if out=$("$@" 2>&1); then pass "$name"; else fail "$name" "$(tail -n 3 <<<"$out" | tr '\n' ' ')"; fi; }
finish() { echo "$PASSED passed, $FAILED failed"; ((FAILED == 0)); exit $?; }

PY=/usr/bin/python3
[[ -x $PY ]] || PY=python3

# --- environment ---------------------------------------------------------------
for v in MAILWRIGHT_TESTBED_NS MAILWRIGHT_CA_FILE MAILWRIGHT_TB_ALICE_USER MAILWRIGHT_TB_ALICE_PASS \
    MAILWRIGHT_TB_BOB_USER MAILWRIGHT_TB_BOB_PASS MAILWRIGHT_TB_CAROL_USER MAILWRIGHT_TB_CAROL_PASS \
    DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR; do
    if [[ -z ${!v:-} ]]; then
        fail "environment: $v is set" "run via: scripts/testbed exec $0"
    fi
done
((FAILED == 0)) || finish
CA=$MAILWRIGHT_CA_FILE
A_USER=$MAILWRIGHT_TB_ALICE_USER A_PASS=$MAILWRIGHT_TB_ALICE_PASS
C_USER=$MAILWRIGHT_TB_CAROL_USER C_PASS=$MAILWRIGHT_TB_CAROL_PASS
# Refuse to run outside the namespace: every name below would go to the host's resolver.
if [[ $(ip netns identify $$ 2>/dev/null) == "$MAILWRIGHT_TESTBED_NS" ]] \
    && grep -qx 'nameserver 127.0.0.1' /etc/resolv.conf; then
    pass "environment: inside namespace $MAILWRIGHT_TESTBED_NS (resolv.conf -> 127.0.0.1)"
else
    fail "environment: inside namespace $MAILWRIGHT_TESTBED_NS (resolv.conf -> 127.0.0.1)" \
        "run via: scripts/testbed exec $0"
    finish
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
TOKEN=mwtb-$(date +%s)-$$-$RANDOM

# --- SMTP with swaks -------------------------------------------------------------
swaks_common=(--tls-verify --tls-ca-path "$CA" --timeout 10 --hide-informational)
if timeout 30 swaks --server smtp.example.test --port 587 --tls "${swaks_common[@]}" \
    --auth PLAIN --auth-user "$A_USER" --auth-password "$A_PASS" \
    --from "$A_USER" --to "$A_USER" --h-Subject "$TOKEN-587" --body "sent via 587" \
    >"$TMP/swaks587" 2>&1; then
    pass "swaks: 587 STARTTLS + AUTH PLAIN (CA-verified) as alice"
else
    fail "swaks: 587 STARTTLS + AUTH PLAIN (CA-verified) as alice" "$(grep -E '^(<\*\*|\*\*\*)' "$TMP/swaks587" | head -2 | tr '\n' ' ')"
fi
if timeout 30 swaks --server smtp.example.test --port 465 --tls-on-connect "${swaks_common[@]}" \
    --auth PLAIN --auth-user "$A_USER" --auth-password "$A_PASS" \
    --from "$A_USER" --to "$A_USER" --h-Subject "$TOKEN-465" --body "sent via 465" \
    >"$TMP/swaks465" 2>&1; then
    pass "swaks: 465 implicit TLS + AUTH PLAIN (CA-verified) as alice"
else
    fail "swaks: 465 implicit TLS + AUTH PLAIN (CA-verified) as alice" "$(grep -E '^(<\*\*|\*\*\*)' "$TMP/swaks465" | head -2 | tr '\n' ' ')"
fi
if timeout 30 swaks --server smtp.example.test --port 587 --tls "${swaks_common[@]}" \
    --auth PLAIN --auth-user "$C_USER" --auth-password "$C_PASS" \
    --from "$C_USER" --to "$C_USER" --h-Subject "$TOKEN-carol" >"$TMP/swakscarol" 2>&1; then
    pass "swaks: 587 AUTH PLAIN as carol (non-ASCII UTF-8 password)"
else
    fail "swaks: 587 AUTH PLAIN as carol (non-ASCII UTF-8 password)" "$(grep -E '^(<\*\*|\*\*\*)' "$TMP/swakscarol" | head -2 | tr '\n' ' ')"
fi
timeout 30 swaks --server smtp.example.test --port 587 --tls "${swaks_common[@]}" \
    --auth PLAIN --auth-user "$A_USER" --auth-password "$A_PASS" \
    --from "$A_USER" --to "$MAILWRIGHT_TB_BOB_USER,nobody@example.test" --quit-after RCPT \
    >"$TMP/swaksmixed" 2>&1
if grep -qE '^<~\* +550 5\.1\.1 <nobody@example\.test>' "$TMP/swaksmixed"; then
    pass "postfix: RCPT nobody@example.test rejected 550 5.1.1"
else
    fail "postfix: RCPT nobody@example.test rejected 550 5.1.1" "$(grep -E 'RCPT|<~\*' "$TMP/swaksmixed" | tr '\n' ' ')"
fi
if grep -qE '^<~ +250 2\.1\.5' "$TMP/swaksmixed"; then
    pass "postfix: RCPT bob@example.test accepted in the same transaction"
else
    fail "postfix: RCPT bob@example.test accepted in the same transaction"
fi

# --- EHLO features (swaks session transcript: "<-" before TLS, "<~" after) -----
timeout 20 swaks --server smtp.example.test --port 587 --tls "${swaks_common[@]}" --quit-after HELO \
    >"$TMP/ehlo587" 2>&1
pre=$(grep -E '^<-  250[- ]' "$TMP/ehlo587" | sed -E 's/^<-  250[- ]//')
post=$(grep -E '^<~  250[- ]' "$TMP/ehlo587" | sed -E 's/^<~  250[- ]//')
if grep -qx STARTTLS <<<"$pre" && ! grep -q '^AUTH' <<<"$pre"; then
    pass "postfix 587: STARTTLS offered, AUTH not offered before TLS"
else
    fail "postfix 587: STARTTLS offered, AUTH not offered before TLS" "pre-TLS EHLO: $(tr '\n' ' ' <<<"$pre")"
fi
for ext in PIPELINING CHUNKING 'SIZE 52428800' 8BITMIME SMTPUTF8 DSN ENHANCEDSTATUSCODES; do
    if grep -qx "$ext" <<<"$post"; then pass "postfix 587 after STARTTLS advertises $ext"
    else fail "postfix 587 after STARTTLS advertises $ext" "EHLO: $(tr '\n' ' ' <<<"$post")"; fi
done
auth_line=$(grep '^AUTH ' <<<"$post")
for mech in PLAIN LOGIN CRAM-MD5 SCRAM-SHA-256; do
    if grep -qw -- "$mech" <<<"$auth_line"; then pass "postfix 587 (Dovecot SASL) offers AUTH $mech"
    else fail "postfix 587 (Dovecot SASL) offers AUTH $mech" "got: $auth_line"; fi
done
timeout 20 swaks --server smtp.example.test --port 25 --tls "${swaks_common[@]}" --quit-after HELO \
    >"$TMP/ehlo25" 2>&1
if grep -qE '^<-  250[- ]STARTTLS' "$TMP/ehlo25" && grep -qE '^<~  250[- ]AUTH ' "$TMP/ehlo25"; then
    pass "postfix 25: STARTTLS offered, AUTH after TLS"
else
    fail "postfix 25: STARTTLS offered, AUTH after TLS"
fi

# --- interop submission servers: Exim and OpenSMTPD (swaks) ------------------------------
# Each relays example.test into Postfix :25, so the messages are read back over POP3 below.
INTEROP_TOKENS=()
for srv in "exim:${MAILWRIGHT_TB_EXIM_HOST:-}" "opensmtpd:${MAILWRIGHT_TB_OPENSMTPD_HOST:-}"; do
    name=${srv%%:*} host=${srv#*:}
    if [[ -z $host ]]; then
        fail "$name: MAILWRIGHT_TB_${name^^}_HOST is set" "testbed started by an older scripts/testbed? run: scripts/testbed up"
        continue
    fi
    timeout 20 swaks --server "$host" --port 587 --tls "${swaks_common[@]}" --quit-after HELO \
        >"$TMP/$name-ehlo" 2>&1
    if grep -qE '^<-  250[- ]STARTTLS' "$TMP/$name-ehlo" && ! grep -qE '^<-  250[- ]AUTH' "$TMP/$name-ehlo" \
        && grep -qE '^<~  250[- ]AUTH .*PLAIN' "$TMP/$name-ehlo" && grep -qE '^<~  250[- ]AUTH .*LOGIN' "$TMP/$name-ehlo"; then
        pass "$name 587: STARTTLS (CA-verified); AUTH PLAIN LOGIN only after TLS"
    else
        fail "$name 587: STARTTLS (CA-verified); AUTH PLAIN LOGIN only after TLS" "$(grep -E '^(<-|<~|\*\*\*)' "$TMP/$name-ehlo" | tr '\n' ' ' | head -c 300)"
    fi
    for spec in "587:--tls:PLAIN" "465:--tls-on-connect:LOGIN"; do
        IFS=: read -r port tlsopt mech <<<"$spec"
        tok="$TOKEN-$name-$port"
        if timeout 30 swaks --server "$host" --port "$port" "$tlsopt" "${swaks_common[@]}" \
            --auth "$mech" --auth-user "$A_USER" --auth-password "$A_PASS" \
            --from "$A_USER" --to "$A_USER,nobody@example.test" --h-Subject "$tok" --body "sent via $name $port" \
            >"$TMP/$name-$port" 2>&1; then
            pass "swaks: $name $port ($tlsopt) + AUTH $mech as alice, message accepted"
            INTEROP_TOKENS+=("$tok")
        else
            fail "swaks: $name $port ($tlsopt) + AUTH $mech as alice, message accepted" "$(grep -E '^(<\*\*|\*\*\*)' "$TMP/$name-$port" | head -2 | tr '\n' ' ')"
        fi
        if grep -qE '^<~\* +550[ -].*nobody@example\.test' "$TMP/$name-$port"; then
            pass "$name $port: RCPT nobody@example.test rejected with 550 (alice accepted)"
        else
            fail "$name $port: RCPT nobody@example.test rejected with 550 (alice accepted)" "$(grep -E 'RCPT|<~\*' "$TMP/$name-$port" | tr '\n' ' ')"
        fi
    done
    if timeout 20 swaks --server "$host" --port 587 --tls "${swaks_common[@]}" --auth PLAIN \
        --auth-user "$A_USER" --auth-password wrong-password --from "$A_USER" --to "$A_USER" \
        >"$TMP/$name-bad" 2>&1; then
        fail "$name 587: wrong password is refused" "accepted"
    elif grep -qE '^<~\* +535' "$TMP/$name-bad"; then
        pass "$name 587: wrong password is refused (535)"
    else
        fail "$name 587: wrong password is refused (535)" "$(grep -E '^(<~\*|\*\*\*)' "$TMP/$name-bad" | tr '\n' ' ')"
    fi
done

# --- POP3 with python poplib ---------------------------------------------------------
cat >"$TMP/pop.py" <<'PYEOF'
import base64, hashlib, hmac, os, poplib, ssl, sys, time
ca = os.environ["MAILWRIGHT_CA_FILE"]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)   # verifies chain + host name
ctx.load_verify_locations(cafile=ca)            # the testbed CA only
mode = sys.argv[1]

def subjects(user, password):
    p = poplib.POP3_SSL("pop.example.test", 995, context=ctx, timeout=10)
    p.user(user); p.pass_(password)
    found = []
    for i in range(1, len(p.list()[1]) + 1):
        for line in p.top(i, 0)[1]:
            if line.lower().startswith(b"subject:"):
                found.append(line.decode("utf-8", "replace")[8:].strip())
    p.quit()
    return found

def scram(user, password):
    p = poplib.POP3_SSL("pop.example.test", 995, context=ctx, timeout=10)
    cnonce = base64.b64encode(os.urandom(18)).decode()
    first_bare = f"n={user},r={cnonce}"
    r = p._shortcmd("AUTH SCRAM-SHA-256 " + base64.b64encode(("n,," + first_bare).encode()).decode())
    srv_first = base64.b64decode(r[2:].strip()).decode()
    f = dict(kv.split("=", 1) for kv in srv_first.split(","))
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(f["s"]), int(f["i"]))
    ckey = hmac.new(salted, b"Client Key", "sha256").digest()
    without_proof = f"c=biws,r={f['r']}"
    auth_msg = f"{first_bare},{srv_first},{without_proof}".encode()
    sig = hmac.new(hashlib.sha256(ckey).digest(), auth_msg, "sha256").digest()
    proof = base64.b64encode(bytes(a ^ b for a, b in zip(ckey, sig))).decode()
    r = p._shortcmd(base64.b64encode(f"{without_proof},p={proof}".encode()).decode())
    if r.startswith(b"+ "):  # server-final (v=...) then empty response
        r = p._shortcmd("")
    p.quit()
    return r.startswith(b"+OK")

if mode == "subjects":          # subjects USER PASS TOKEN...  (retries while LMTP delivers)
    user, pw, tokens = sys.argv[2], sys.argv[3], sys.argv[4:]
    deadline = time.time() + 15
    while True:
        got = subjects(user, pw)
        missing = [t for t in tokens if t not in got]
        if not missing or time.time() > deadline:
            break
        time.sleep(0.3)
    for t in tokens:
        print(("FOUND " if t not in missing else "MISSING ") + t)
    sys.exit(1 if missing else 0)
elif mode == "login":           # login USER PASS
    p = poplib.POP3_SSL("pop.example.test", 995, context=ctx, timeout=10)
    p.user(sys.argv[2]); p.pass_(sys.argv[3]); print(p.stat()); p.quit()
elif mode == "capa995":
    p = poplib.POP3_SSL("pop.example.test", 995, context=ctx, timeout=10)
    print(" ".join(p.capa().get("SASL", []))); p.quit()
elif mode == "capa110":         # CAPA before and after STLS on 110
    p = poplib.POP3("pop.example.test", 110, timeout=10)
    before = p.capa()
    p.stls(context=ctx)
    after = p.capa()
    print("before:", " ".join(sorted(before)), "| SASL-before:", " ".join(before.get("SASL", [])))
    print("after-SASL:", " ".join(after.get("SASL", [])))
    p.quit()
elif mode == "plain110":        # USER/PASS before STLS must be refused
    p = poplib.POP3("pop.example.test", 110, timeout=10)
    try:
        p.user(sys.argv[2]); p.pass_(sys.argv[3])
    except poplib.error_proto as e:
        print("refused:", e); sys.exit(0)
    print("plaintext login accepted before STLS"); sys.exit(1)
elif mode == "scram":
    sys.exit(0 if scram(sys.argv[2], sys.argv[3]) else 1)
PYEOF
if out=$(timeout 40 "$PY" "$TMP/pop.py" subjects "$A_USER" "$A_PASS" "$TOKEN-587" "$TOKEN-465" 2>&1); then
    pass "poplib: 995 (CA-verified) as alice reads both messages back ($TOKEN-587, -465)"
else
    fail "poplib: 995 (CA-verified) as alice reads both messages back" "$(tr '\n' ' ' <<<"$out")"
fi
check "poplib: 995 as carol (non-ASCII password) reads her message" \
    timeout 40 "$PY" "$TMP/pop.py" subjects "$C_USER" "$C_PASS" "$TOKEN-carol"
check "poplib: 995 login with bare user name 'bob'" timeout 20 "$PY" "$TMP/pop.py" login bob "$MAILWRIGHT_TB_BOB_PASS"
if ! timeout 20 "$PY" "$TMP/pop.py" login "$A_USER" wrong-password >/dev/null 2>&1; then
    pass "poplib: 995 wrong password is refused"
else
    fail "poplib: 995 wrong password is refused"
fi
check "poplib: 995 AUTH SCRAM-SHA-256 as alice succeeds" timeout 20 "$PY" "$TMP/pop.py" scram "$A_USER" "$A_PASS"
sasl995=$(timeout 20 "$PY" "$TMP/pop.py" capa995 2>&1)
for mech in PLAIN LOGIN CRAM-MD5 SCRAM-SHA-256; do
    if grep -qw -- "$mech" <<<"$sasl995"; then pass "dovecot 995 CAPA SASL offers $mech"
    else fail "dovecot 995 CAPA SASL offers $mech" "got: $sasl995"; fi
done
capa110=$(timeout 20 "$PY" "$TMP/pop.py" capa110 2>&1)
if grep -q '^before:.*STLS' <<<"$capa110" && grep -q '^after-SASL:.*PLAIN.*SCRAM-SHA-256' <<<"$capa110"; then
    pass "dovecot 110: STLS offered; after STLS CAPA SASL lists PLAIN..SCRAM-SHA-256"
else
    fail "dovecot 110: STLS offered; after STLS CAPA SASL lists PLAIN..SCRAM-SHA-256" "$(tr '\n' ' ' <<<"$capa110")"
fi

check "dovecot 110: USER/PASS before STLS is refused" timeout 20 "$PY" "$TMP/pop.py" plain110 "$A_USER" "$A_PASS"
if ((${#INTEROP_TOKENS[@]})); then
    check "poplib: alice reads back the ${#INTEROP_TOKENS[@]} messages sent via Exim and OpenSMTPD" \
        timeout 60 "$PY" "$TMP/pop.py" subjects "$A_USER" "$A_PASS" "${INTEROP_TOKENS[@]}"
fi

# --- DNS with dig ---------------------------------------------------------------------
DIG=(dig @127.0.0.1 +short +time=2 +tries=1)
expect_dig() { # NAME TYPE EXPECTED-SUBSTRING
    local got; got=$("${DIG[@]}" "$2" "$1" 2>&1 | tr '\n' ' ')
    if [[ $got == *"$3"* ]]; then pass "dig: $2 $1 -> $3"; else fail "dig: $2 $1 -> $3" "got: $got"; fi
}
expect_dig mx-hosted.test MX "10 mx.example.test."
expect_dig mx.example.test A 127.0.0.2
expect_dig _submissions._tcp.srv.test SRV "465 mail.srv.test."
expect_dig _pop3s._tcp.srv.test SRV "995 mail.srv.test."
expect_dig _submission._tcp.srv.test SRV "587 mail.srv.test."
expect_dig mail.srv.test A 127.0.0.10
expect_dig smtp.guess.test A 127.0.0.4
expect_dig smtp.plainonly.test A 127.0.0.5
expect_dig selfsigned.badcert.test A 127.0.0.6
expect_dig expired.badcert.test A 127.0.0.7
expect_dig wronghost.badcert.test A 127.0.0.8
expect_dig smtp.blackhole.test A 127.0.0.9
expect_dig exim.example.test A 127.0.0.11
expect_dig opensmtpd.example.test A 127.0.0.12
expect_dig autoconfig.autoconfig.test A 127.0.0.3
status=$(dig @127.0.0.1 +time=2 +tries=1 A autoconfig.wellknown.test 2>&1 | grep -o 'status: [A-Z]*')
if [[ $status == "status: NXDOMAIN" ]]; then pass "dig: autoconfig.wellknown.test does not exist (NXDOMAIN)"
else fail "dig: autoconfig.wellknown.test does not exist (NXDOMAIN)" "$status"; fi
got=$("${DIG[@]}" A example.com 2>&1)
if [[ -z $got ]]; then pass "dig: names outside the test domains get no answer (no upstream)"
else fail "dig: names outside the test domains get no answer (no upstream)" "$got"; fi
if getent hosts smtp.example.test | grep -q '^127\.0\.0\.2 '; then pass "getaddrinfo: smtp.example.test -> 127.0.0.2 via namespace resolv.conf"
else fail "getaddrinfo: smtp.example.test -> 127.0.0.2 via namespace resolv.conf"; fi

# --- HTTPS autoconfig with curl ---------------------------------------------------------
CURL=(curl -sS --max-time 10 --cacert "$CA")
expect_xml() { # URL DISPLAYNAME
    local body
    if body=$("${CURL[@]}" -f "$1" 2>&1) && grep -q "<displayName>$2</displayName>" <<<"$body" \
        && grep -q '<hostname>smtp.example.test</hostname>' <<<"$body" \
        && grep -q '<hostname>pop.example.test</hostname>' <<<"$body"; then
        pass "curl: $1 -> '$2' (smtp/pop.example.test)"
    else
        fail "curl: $1 -> '$2'" "$(head -c 200 <<<"$body" | tr '\n' ' ')"
    fi
}
expect_xml "https://autoconfig.autoconfig.test/mail/config-v1.1.xml?emailaddress=alice%40autoconfig.test" "Testbed via autoconfig host"
expect_xml "https://wellknown.test/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=alice%40wellknown.test" "Testbed via well-known"
expect_xml "https://ispdb.local.test/v1.1/ispdb.test" "Testbed via ISPDB"
expect_404() {
    local code; code=$("${CURL[@]}" -o /dev/null -w '%{http_code}' "$1" 2>/dev/null)
    if [[ $code == 404 ]]; then pass "curl: $1 -> 404"; else fail "curl: $1 -> 404" "got $code"; fi
}
expect_404 "https://autoconfig.test/.well-known/autoconfig/mail/config-v1.1.xml"
expect_404 "https://wellknown.test/mail/config-v1.1.xml"
expect_404 "https://ispdb.local.test/v1.1/wellknown.test"

# --- bad certificates really are bad ------------------------------------------------------
s_client_verify() { # HOST PORT [extra args] -> prints the "Verify return code" line
    echo Q | timeout 10 openssl s_client -connect "$1:$2" -servername "$1" -verify_hostname "$1" \
        -CAfile "$CA" -verify_return_error "${@:3}" 2>&1 | grep -E 'Verify return code|verify error' | head -1
}
r=$(s_client_verify smtp.example.test 465)
if [[ $r == *"return code: 0 (ok)"* ]]; then pass "openssl: good cert on smtp.example.test:465 verifies (control)"
else fail "openssl: good cert on smtp.example.test:465 verifies (control)" "$r"; fi
r=$(s_client_verify pop.guess.test 995)
if [[ $r == *"return code: 0 (ok)"* ]]; then pass "openssl: good cert on pop.guess.test:995 verifies (control)"
else fail "openssl: good cert on pop.guess.test:995 verifies (control)" "$r"; fi
for spec in "selfsigned.badcert.test:self-signed" "expired.badcert.test:expired" "wronghost.badcert.test:mismatch"; do
    host=${spec%%:*} why=${spec#*:}
    for port in 465 995; do
        r=$(s_client_verify "$host" "$port")
        if [[ $r == *"$why"* && $r != *"code: 0 "* ]]; then pass "openssl: $host:$port fails verification ($why)"
        else fail "openssl: $host:$port fails verification ($why)" "$r"; fi
    done
    r=$(s_client_verify "$host" 587 -starttls smtp)
    if [[ $r == *"$why"* ]]; then pass "openssl: $host:587 STARTTLS fails verification ($why)"
    else fail "openssl: $host:587 STARTTLS fails verification ($why)" "$r"; fi
done
for host in selfsigned.badcert.test expired.badcert.test wronghost.badcert.test; do
    "${CURL[@]}" -o /dev/null "smtps://$host:465" 2>/dev/null
    rc=$?
    if [[ $rc == 60 ]]; then pass "curl: smtps://$host:465 rejected (exit 60, certificate problem)"
    else fail "curl: smtps://$host:465 rejected (exit 60, certificate problem)" "curl exit $rc"; fi
done

# --- plainonly: no TLS at all -------------------------------------------------------------
cat >"$TMP/plain.py" <<'PYEOF'
import poplib, smtplib, socket, sys
host = sys.argv[2]
if sys.argv[1] == "smtp":
    s = smtplib.SMTP(host, int(sys.argv[3]), timeout=10)
    s.ehlo("tst-testbed")
    print(" ".join(sorted(s.esmtp_features)))
    s.quit()
elif sys.argv[1] == "pop":
    p = poplib.POP3(host, 110, timeout=10)
    print(" ".join(sorted(p.capa())))
    p.quit()
elif sys.argv[1] == "poplogin":
    p = poplib.POP3(host, 110, timeout=10)
    p.user(sys.argv[3]); p.pass_(sys.argv[4]); print(p.stat()); p.quit()
elif sys.argv[1] == "closed":
    try:
        socket.create_connection((host, int(sys.argv[3])), timeout=5).close()
        print("open"); sys.exit(1)
    except ConnectionRefusedError:
        print("refused")
PYEOF
for port in 25 587; do
    feats=$(timeout 20 "$PY" "$TMP/plain.py" smtp smtp.plainonly.test "$port" 2>&1)
    if [[ -n $feats && $feats != *starttls* && $feats == *auth* ]]; then
        pass "plainonly: smtp.plainonly.test:$port EHLO has no STARTTLS (AUTH in clear)"
    else
        fail "plainonly: smtp.plainonly.test:$port EHLO has no STARTTLS (AUTH in clear)" "$feats"
    fi
done
capa=$(timeout 20 "$PY" "$TMP/plain.py" pop pop.plainonly.test 2>&1)
if [[ -n $capa && $capa != *STLS* && $capa == *USER* ]]; then pass "plainonly: pop.plainonly.test:110 CAPA has no STLS"
else fail "plainonly: pop.plainonly.test:110 CAPA has no STLS" "$capa"; fi
check "plainonly: pop.plainonly.test:110 USER/PASS in clear is accepted" \
    timeout 20 "$PY" "$TMP/plain.py" poplogin pop.plainonly.test "$A_USER" "$A_PASS"
for port in 465 995; do
    check "plainonly: port $port refused (no implicit TLS)" timeout 10 "$PY" "$TMP/plain.py" closed smtp.plainonly.test "$port"
done

# --- blackhole: accepts TCP, says nothing ----------------------------------------------------
cat >"$TMP/blackhole.py" <<'PYEOF'
import socket, sys, threading, time
host, ports = sys.argv[1], [int(p) for p in sys.argv[2:]]
result = {}
def probe(port):
    try:
        s = socket.create_connection((host, port), timeout=5)   # must connect
    except OSError as e:
        result[port] = f"FAIL connect: {e}"; return
    s.settimeout(2.0)
    t = time.monotonic()
    try:
        data = s.recv(1)
        result[port] = f"FAIL received {data!r} after {time.monotonic() - t:.1f}s"
    except socket.timeout:
        result[port] = "OK silent for 2 s"
    finally:
        s.close()
threads = [threading.Thread(target=probe, args=(p,)) for p in ports]
for t in threads: t.start()
for t in threads: t.join()
for p in ports: print(p, result.get(p, "FAIL no result"))
PYEOF
timeout 15 "$PY" "$TMP/blackhole.py" smtp.blackhole.test 25 465 587 110 995 >"$TMP/bh" 2>&1
for port in 25 465 587 110 995; do
    r=$(grep "^$port " "$TMP/bh")
    if [[ $r == "$port OK"* ]]; then pass "blackhole: smtp.blackhole.test:$port accepts TCP, silent for 2 s"
    else fail "blackhole: smtp.blackhole.test:$port accepts TCP, silent for 2 s" "${r:-$(tail -n 2 "$TMP/bh")}"; fi
done

# --- keyring ---------------------------------------------------------------------------------
secret="tb-secret-$TOKEN-Ünï"
if printf '%s' "$secret" | timeout 15 secret-tool store --label="mailwright testbed check" \
    mailwright-tst "$TOKEN" 2>"$TMP/st.err"; then
    got=$(timeout 15 secret-tool lookup mailwright-tst "$TOKEN" 2>&1)
    if [[ $got == "$secret" ]]; then pass "secret-tool: store + lookup round-trips in the testbed keyring"
    else fail "secret-tool: store + lookup round-trips in the testbed keyring" "lookup gave: $got"; fi
    timeout 15 secret-tool clear mailwright-tst "$TOKEN" 2>/dev/null
else
    fail "secret-tool: store + lookup round-trips in the testbed keyring" "store: $(cat "$TMP/st.err")"
fi

# --- Xvfb -------------------------------------------------------------------------------------
cat >"$TMP/x11.py" <<'PYEOF'
import os, socket, struct, sys
n = os.environ["DISPLAY"].lstrip(":").split(".")[0]
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.settimeout(5)
s.connect(f"/tmp/.X11-unix/X{n}")
s.sendall(struct.pack("<cxHHHHxx", b"l", 11, 0, 0, 0))   # X11 connection setup, no auth
r = s.recv(8)
print("X11 setup reply status", r[0]); sys.exit(0 if r[:1] == b"\x01" else 1)
PYEOF
check "Xvfb: X11 connection setup on DISPLAY=$DISPLAY succeeds" timeout 10 "$PY" "$TMP/x11.py"

finish
