#!/usr/bin/env python3
"""A minimal SMTP sink for the benchmarks: accepts every message and counts it.

Usage: smtp_sink.py --port PORT --stats FILE [--host 127.0.0.1] [--quickack | --stall]

Speaks enough of RFC 5321 for lettre (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeps
nothing but counts, and rewrites FILE at most every 50 ms while messages arrive (and once more on
SIGTERM/SIGINT) as one line that a shell reads without forking:
    COUNT BYTES FIRST LAST CONNECTIONS MAX_OPEN_CONNECTIONS
(FIRST/LAST are "-" before the first message).

--quickack sets TCP_QUICKACK before every read, so the sink acknowledges each segment at once
instead of delaying the ACK (Linux: up to 40 ms). A client that writes a request in two pieces
without TCP_NODELAY (lettre writes the body, then "\r\n.\r\n") otherwise waits for that
delayed ACK once per message (Nagle). Diagnostic only: ordinary mail servers do not do this.
--stall accepts connections and never answers (a mail server that hangs): the dispatcher's
sends wait for smtp_timeout_seconds, so nothing is delivered while a benchmark runs. `first`/`last` are the
wall-clock times (time.time()) at which the first and the last message were accepted, so the
dispatch rate is (count - 1) / (last - first). Only listens on loopback by default.
"""

import argparse
import asyncio
import os
import signal
import socket
import time


class Stats:
    def __init__(self, path):
        self.path = path
        self.count = 0
        self.bytes = 0
        self.first = None
        self.last = None
        self.connections = 0
        self.max_open = 0
        self.open = 0
        self.dirty = True

    def write(self):
        tmp = self.path + ".tmp"
        stamp = lambda t: "-" if t is None else f"{t:.6f}"
        with open(tmp, "w") as f:
            f.write(
                f"{self.count} {self.bytes} {stamp(self.first)} {stamp(self.last)} "
                f"{self.connections} {self.max_open}\n"
            )
        os.replace(tmp, self.path)
        self.dirty = False


async def stalled(reader, writer, stats):
    stats.connections += 1
    stats.dirty = True
    try:
        while await reader.read(65536):
            pass
    except ConnectionError:
        pass
    finally:
        writer.close()


async def session(reader, writer, stats, quickack=False):
    stats.connections += 1
    stats.open += 1
    stats.max_open = max(stats.max_open, stats.open)
    stats.dirty = True
    send = writer.write
    sock = writer.get_extra_info("socket")
    if quickack and sock is not None:
        def readline(_read=reader.readline):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            return _read()
    else:
        readline = reader.readline
    try:
        send(b"220 sink.convene.invalid ESMTP bench sink\r\n")
        while True:
            line = await readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb == b"EHLO":
                send(b"250-sink.convene.invalid\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 52428800\r\n")
            elif verb == b"HELO":
                send(b"250 sink.convene.invalid\r\n")
            elif verb == b"DATA":
                send(b"354 end with <CRLF>.<CRLF>\r\n")
                await writer.drain()
                # The body in as few reads as the socket allows (the terminator is searched in
                # C), not line by line: a sink on the same two cores as the server must cost
                # little next to it. A ".\r\n" that ends a line of text is not the terminator.
                body = b""
                while not (body == b".\r\n" or body.endswith(b"\r\n.\r\n")):
                    if quickack and sock is not None:
                        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
                    try:
                        body += await reader.readuntil(b".\r\n")
                    except asyncio.IncompleteReadError:
                        return
                size = max(len(body) - 3, 0)
                now = time.time()
                stats.count += 1
                stats.bytes += size
                if stats.first is None:
                    stats.first = now
                stats.last = now
                stats.dirty = True
                send(b"250 2.0.0 queued\r\n")
            elif verb == b"QUIT":
                send(b"221 2.0.0 bye\r\n")
                await writer.drain()
                break
            else:
                # MAIL, RCPT, RSET, NOOP and anything else: accepted.
                send(b"250 2.0.0 ok\r\n")
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        stats.open -= 1
        try:
            writer.close()
        except Exception:
            pass


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--stats", required=True)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quickack", action="store_true")
    mode.add_argument("--stall", action="store_true")
    args = ap.parse_args()

    stats = Stats(args.stats)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    if args.stall:
        handler = lambda r, w: stalled(r, w, stats)
    else:
        handler = lambda r, w: session(r, w, stats, args.quickack)
    server = await asyncio.start_server(
        handler, args.host, args.port, limit=1 << 20, backlog=512
    )
    stats.write()
    async with server:
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), 0.05)
            except asyncio.TimeoutError:
                pass
            if stats.dirty:
                stats.write()
    stats.write()


if __name__ == "__main__":
    asyncio.run(main())
