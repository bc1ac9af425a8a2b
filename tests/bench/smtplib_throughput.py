#!/usr/bin/env python3
"""Peer for benchmarks B1 and B2: Python's smtplib, COUNT messages over one connection.

  smtplib_throughput.py HOST PORT COUNT SIZE [--from ADDR] [--to ADDR]
                        [--starttls CAFILE --user USER]   (password from MW_BENCH_PASSWORD)
"""
import argparse
import os
import smtplib
import ssl
import sys
import time


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("host")
    p.add_argument("port", type=int)
    p.add_argument("count", type=int)
    p.add_argument("size", type=int)
    p.add_argument("--from", dest="sender", default="bench@example.test")
    p.add_argument("--to", default="sink@example.test")
    p.add_argument("--starttls", metavar="CAFILE")
    p.add_argument("--user")
    a = p.parse_args()
    body = f"From: {a.sender}\r\nTo: {a.to}\r\nSubject: bench\r\n\r\n".encode()
    while len(body) < a.size:
        body += b"x" * 78 + b"\r\n"
    body = body[: a.size - 2] + b"\r\n"
    start = time.perf_counter()
    with smtplib.SMTP(a.host, a.port) as smtp:
        if a.starttls:
            smtp.starttls(context=ssl.create_default_context(cafile=a.starttls))
        if a.user:
            smtp.login(a.user, os.environ["MW_BENCH_PASSWORD"])
        for _ in range(a.count):
            smtp.sendmail(a.sender, [a.to], body)
    seconds = time.perf_counter() - start
    print(f"messages={a.count} seconds={seconds:.6f} msgs_per_s={a.count / seconds:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
