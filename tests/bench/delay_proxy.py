#!/usr/bin/env python3
"""A TCP proxy that delays each direction by DELAY_MS, for benchmark B2 (round trips).

  delay_proxy.py LISTEN_HOST TARGET_HOST TARGET_PORT DELAY_MS STATS_FILE

netem is not available on these machines, so latency is simulated in user space:
every chunk read from one side is written to the other side DELAY_MS later (order
kept, EOF delayed the same way), so a request/reply exchange costs 2 x DELAY_MS.
The proxy listens on a free port of LISTEN_HOST and prints that port on the first
line of stdout. When a connection has closed in both directions, it appends one JSON
line to STATS_FILE:

  {"c2s_bytes", "s2c_bytes", "client_turns", "server_turns", "seconds"}

Round trips are counted as turns: a "client turn" is a run of client->server data
that starts after server->client data was seen (or at the start), in the order the
chunks arrived at the proxy. Each one is a moment where the client had heard from
the server and then spoke again, i.e. one round trip it had to wait for. A client
that pipelines sends several commands in one turn. A server that answers part of a
pipelined group before the client has finished writing it can split a turn into
two; scripts/bench therefore also reports the time-based figure
(wall time / (2 x DELAY_MS) per message) as a cross-check.
"""

import asyncio
import json
import sys
import time


class Turns:
    def __init__(self):
        self.last = None
        self.turns = {"c2s": 0, "s2c": 0}
        self.bytes = {"c2s": 0, "s2c": 0}

    def saw(self, direction, size):
        self.bytes[direction] += size
        if direction != self.last:
            self.turns[direction] += 1
            self.last = direction


async def pump(reader, writer, delay, direction, turns):
    """Forwards reader -> writer, each chunk DELAY later than it arrived."""
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def read_side():
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                turns.saw(direction, len(data))
                queue.put_nowait((loop.time() + delay, data))
        except (ConnectionError, OSError):
            pass
        queue.put_nowait((loop.time() + delay, None))

    async def write_side():
        try:
            while True:
                due, data = await queue.get()
                wait = due - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if data is None:
                    if writer.can_write_eof():
                        writer.write_eof()
                    break
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass

    await asyncio.gather(read_side(), write_side())


async def main():
    listen_host, target_host = sys.argv[1], sys.argv[2]
    target_port, delay = int(sys.argv[3]), float(sys.argv[4]) / 1000.0
    stats_path = sys.argv[5]

    async def handle(client_reader, client_writer):
        start = time.perf_counter()
        turns = Turns()
        try:
            server_reader, server_writer = await asyncio.open_connection(target_host, target_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(
            pump(client_reader, server_writer, delay, "c2s", turns),
            pump(server_reader, client_writer, delay, "s2c", turns),
        )
        for w in (client_writer, server_writer):
            w.close()
        with open(stats_path, "a", encoding="utf-8") as f:
            f.write(json.dumps({
                "c2s_bytes": turns.bytes["c2s"], "s2c_bytes": turns.bytes["s2c"],
                "client_turns": turns.turns["c2s"], "server_turns": turns.turns["s2c"],
                "seconds": time.perf_counter() - start,
            }) + "\n")

    server = await asyncio.start_server(handle, listen_host, 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
