#!/usr/bin/env bash
# Regenerates the throwaway certificates used by the protocol tests' fake
# server. Test-only keys: they protect nothing. Valid for 100 years except
# expired.pem. Run from this directory.
set -euo pipefail
days=36500
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days $days \
    -subj "/CN=Mailwright Test CA" -addext "basicConstraints=critical,CA:true" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=localhost" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:false\nextendedKeyUsage=serverAuth\n' > ext.cnf
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days $days -extfile ext.cnf 2>/dev/null
# Wrong host: signed by the CA, but for another name.
openssl req -newkey rsa:2048 -nodes -keyout wronghost.key -out wronghost.csr -subj "/CN=wrong.invalid" 2>/dev/null
printf 'subjectAltName=DNS:wrong.invalid\nbasicConstraints=CA:false\nextendedKeyUsage=serverAuth\n' > ext2.cnf
openssl x509 -req -in wronghost.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out wronghost.pem -days $days -extfile ext2.cnf 2>/dev/null
# Self-signed for the right name.
openssl req -x509 -newkey rsa:2048 -nodes -keyout selfsigned.key -out selfsigned.pem -days $days \
    -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
# Expired: signed by the CA, valid in 2020 only.
mkdir -p ca-db && : > ca-db/index.txt && echo 01 > ca-db/serial
cat > ca.cnf <<CNF
[ca]
default_ca = test
[test]
database = ca-db/index.txt
serial = ca-db/serial
new_certs_dir = ca-db
default_md = sha256
policy = anything
copy_extensions = copy
[anything]
commonName = supplied
CNF
openssl req -newkey rsa:2048 -nodes -keyout expired.key -out expired.csr -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -in expired.csr -out expired.pem \
    -startdate 20200101000000Z -enddate 20200102000000Z -notext 2>/dev/null
rm -rf ca-db ca.cnf ext.cnf ext2.cnf ./*.csr ca.srl ca.key
