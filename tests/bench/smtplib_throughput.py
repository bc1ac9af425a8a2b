#!/usr/bin/env python3
"""Peer for benchmark B1: Python's smtplib, COUNT messages over one connection.

  smtplib_throughput.py HOST PORT COUNT SIZE
"""
import smtplib
import sys
import time


def main() -> int:
    host, port, count, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    body = b"From: bench@example.test\r\nTo: sink@example.test\r\nSubject: bench\r\n\r\n"
    while len(body) < size:
        body += b"x" * 78 + b"\r\n"
    body = body[: size - 2] + b"\r\n"
    start = time.perf_counter()
    with smtplib.SMTP(host, port) as smtp:
        for _ in range(count):
            smtp.sendmail("bench@example.test", ["sink@example.test"], body)
    seconds = time.perf_counter() - start
    print(f"messages={count} seconds={seconds:.6f} msgs_per_s={count / seconds:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
