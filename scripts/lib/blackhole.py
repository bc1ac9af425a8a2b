#!/usr/bin/env python3
"""Blackhole host of the Mailwright testbed: accepts TCP, never sends a byte.

Each accepted connection is held open (input read and discarded) until the
peer closes it or HOLD seconds pass; at most MAX_CONN are held at once, further
ones are closed immediately.  Connections are logged to LOG_FILE.

usage: blackhole.py ADDRESS PORT[,PORT...] LOG_FILE [HOLD_SECONDS] [MAX_CONN]
"""
import asyncio
import sys
import time

ADDRESS = sys.argv[1]
PORTS = [int(p) for p in sys.argv[2].split(",")]
LOG = sys.argv[3]
HOLD = float(sys.argv[4]) if len(sys.argv) > 4 else 300.0
MAX_CONN = int(sys.argv[5]) if len(sys.argv) > 5 else 200
active = 0


def log_line(text):
    with open(LOG, "a", encoding="utf-8") as f:
        f.write(time.strftime("%Y-%m-%dT%H:%M:%S ") + text + "\n")


def make_handler(port):
    async def handle(reader, writer):
        global active
        peer = writer.get_extra_info("peername")
        if active >= MAX_CONN:
            log_line(f"{peer} -> :{port} refused (limit {MAX_CONN})")
            writer.close()
            return
        active += 1
        log_line(f"{peer} -> :{port} accepted ({active} held)")
        try:
            deadline = time.monotonic() + HOLD
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                try:
                    data = await asyncio.wait_for(reader.read(4096), timeout=left)
                except asyncio.TimeoutError:
                    break
                if not data:
                    break
        except (ConnectionError, OSError):
            pass
        finally:
            active -= 1
            writer.close()
            log_line(f"{peer} -> :{port} closed")
    return handle


async def main():
    servers = [await asyncio.start_server(make_handler(p), ADDRESS, p, backlog=64) for p in PORTS]
    log_line(f"listening on {ADDRESS} ports {PORTS}")
    await asyncio.gather(*(s.serve_forever() for s in servers))


if __name__ == "__main__":
    asyncio.run(main())
