#!/usr/bin/env python3
"""Writes the seed inputs for the fuzz targets into DIR/<target>/.

Seeds come from the protocol tests' scripted servers (the "S: ..." lines of
tests/protocol/*.cpp), the unit tests' string literals, the bundled provider
files, and server transcripts captured in the testbed (TRANSCRIPT-DIR, files
named smtp-* and pop3-*). scripts/fuzz --seed merges them, minimized, into
tests/fuzz/corpus/.

usage: seed-corpus.py DIR [TRANSCRIPT-DIR]
"""
import hashlib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LITERAL = re.compile(r'(?:u8|u)?"((?:[^"\\\n]|\\.)*)"')


def unescape(text):
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if c != '\\':
            out += c.encode('utf-8')
            i += 1
            continue
        n = text[i + 1] if i + 1 < len(text) else ''
        simple = {'n': b'\n', 'r': b'\r', 't': b'\t', '0': b'\0', '"': b'"', '\\': b'\\', "'": b"'"}
        if n == 'x':
            m = re.match(r'[0-9a-fA-F]{1,2}', text[i + 2:])
            out.append(int(m.group(0), 16))
            i += 2 + len(m.group(0))
        elif n in simple:
            out += simple[n]
            i += 2
        else:
            out += n.encode('utf-8')
            i += 2
    return bytes(out)


def literals(path):
    with open(path, encoding='utf-8') as f:
        source = f.read()
    # Adjacent literals ("a" "b") are one string in C++.
    joined = re.sub(r'"\s*\n\s*(?:u8|u)?"', '', source)
    return [unescape(m.group(1)) for m in LITERAL.finditer(joined)]


def server_scripts(paths):
    """Runs of consecutive "S: " lines, as the fake server would send them."""
    runs = []
    for path in paths:
        run = []
        for lit in literals(path):
            if lit.startswith(b'S: '):
                run.append(lit[3:])
            elif lit.startswith(b'C: ') or lit in (b'T', b'X', b'A'):
                if run:
                    runs.append(b'\r\n'.join(run) + b'\r\n')
                run = []
        if run:
            runs.append(b'\r\n'.join(run) + b'\r\n')
    return runs


def write(directory, target, inputs, limit=60, max_len=4096):
    d = os.path.join(directory, target)
    os.makedirs(d, exist_ok=True)
    seen = set()
    for data in inputs:
        data = data[:max_len]
        digest = hashlib.sha1(data).hexdigest()
        if digest in seen or not data:
            continue
        seen.add(digest)
        with open(os.path.join(d, digest), 'wb') as f:
            f.write(data)
        if len(seen) >= limit:
            break


def main():
    out = sys.argv[1]
    transcripts = sys.argv[2] if len(sys.argv) > 2 else None
    tests = lambda *names: [os.path.join(ROOT, 'tests', n) for n in names]
    smtp = server_scripts(tests('protocol/tst_smtpclient.cpp', 'protocol/tst_verifier.cpp',
                                'protocol/tst_verifierflow.cpp', 'protocol/tst_recipientprobe.cpp'))
    smtp += [l + b'\r\n' for l in literals(os.path.join(ROOT, 'tests/unit/tst_smtpreply.cpp'))
             if re.match(rb'^[0-9]{3}', l)]
    pop3 = server_scripts(tests('protocol/tst_pop3client.cpp', 'protocol/tst_pop3clientauth.cpp'))
    if transcripts:
        for name in sorted(os.listdir(transcripts)):
            with open(os.path.join(transcripts, name), 'rb') as f:
                data = f.read()
            (smtp if name.startswith('smtp') else pop3).insert(0, data)
    write(out, 'fuzz_smtp_reply', smtp)
    # fuzz_pop3_reply: the first byte sets the multi-line limit (16 + 8 * byte).
    write(out, 'fuzz_pop3_reply', [b'\x40' + p for p in pop3])

    xml_dir = os.path.join(ROOT, 'resources/providers')
    xml = []
    for name in sorted(os.listdir(xml_dir)):
        with open(os.path.join(xml_dir, name), 'rb') as f:
            xml.append(f.read())
    xml.sort(key=len)
    write(out, 'fuzz_config_xml', xml[:12], max_len=8192)

    address = [l for l in literals(os.path.join(ROOT, 'tests/unit/tst_address.cpp'))
               if 0 < len(l) < 200 and (b'@' in l or b'<' in l)]
    write(out, 'fuzz_address', address, limit=80)

    data = [b'Subject: hi\r\n\r\nbody\r\n.\r\n..\r\n.x\n.\rCR\r\r\nend',
            b'\x01.\n.\n\r\n.\r\n', b'a\rb\nc\r\nd\r', b'.\r\n', b'', b'..\n\n.']
    write(out, 'fuzz_smtp_data', data)

    # fuzz_mime_writer reads structured input (FuzzedDataProvider); plain text
    # from the drafts tests is a start, the fuzzer finds the structure.
    drafts = [l for l in literals(os.path.join(ROOT, 'tests/unit/tst_messagedraft.cpp'))
              if len(l) > 3]
    write(out, 'fuzz_mime_writer', [b'\x01'.join(drafts[i:i + 6]) for i in range(0, len(drafts), 6)])

    mailto = os.path.join(ROOT, 'tests/unit/tst_mailto.cpp')
    if os.path.exists(mailto):
        write(out, 'fuzz_mailto', [l for l in literals(mailto) if l.lower().startswith(b'mailto:')],
              limit=80)


if __name__ == '__main__':
    main()
