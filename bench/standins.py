"""Loopback stand-ins for the benchmark: a Twilio-shaped REST API and an SMTP server that discards mail.

Usage: python3 standins.py TWILIO_PORT SMTP_PORT
Every POST to /2010-04-01/Accounts/{sid}/Messages.json or Calls.json answers 201 with a Twilio-shaped
resource; SMTP accepts any number of messages per connection and throws them away. Counts are printed
on SIGTERM so the run can compare what the providers saw with what the database says was sent.
"""
import asyncio
import itertools
import json
import re
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PATH = re.compile(r"^/2010-04-01/Accounts/([^/]+)/(Messages|Calls)\.json$")
counter = itertools.count(1)
seen = {"Messages": 0, "Calls": 0, "smtp": 0}
lock = threading.Lock()


class Twilio(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the SDK pools its connections
    # Headers and body go out in separate writes; with Nagle on, the client's delayed ACK adds 40 ms to each.
    disable_nagle_algorithm = True

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        match = PATH.match(self.path.split("?")[0])
        if not match:
            return self.answer(404, {"code": 20404, "message": "not found", "status": 404})
        account, resource = match.groups()
        n = next(counter)
        with lock:
            seen[resource] += 1
        prefix = "SM" if resource == "Messages" else "CA"
        sid = f"{prefix}{n:032x}"
        self.answer(201, {
            "account_sid": account, "api_version": "2010-04-01", "sid": sid, "status": "queued",
            "direction": "outbound-api", "from": "+15005550006", "to": "+8613800138000", "body": "",
            "date_created": "Thu, 26 Nov 2026 00:00:00 +0000", "date_updated": "Thu, 26 Nov 2026 00:00:00 +0000",
            "date_sent": None, "error_code": None, "error_message": None, "messaging_service_sid": None,
            "num_media": "0", "num_segments": "1", "price": None, "price_unit": "USD",
            "uri": f"/2010-04-01/Accounts/{account}/{resource}/{sid}.json"})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


async def smtp_session(reader, writer):
    async def say(line):
        writer.write(line.encode() + b"\r\n")
        await writer.drain()

    await say("220 bench ESMTP")
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb == b"EHLO":
                writer.write(b"250-bench\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n")
                await writer.drain()
            elif verb == b"DATA":
                await say("354 end with <CR><LF>.<CR><LF>")
                while (await reader.readline()) not in (b".\r\n", b".\n", b""):
                    pass
                seen["smtp"] += 1
                await say("250 OK discarded")
            elif verb == b"QUIT":
                await say("221 bye")
                break
            else:  # HELO, MAIL, RCPT, RSET, NOOP: all fine
                await say("250 OK")
    finally:
        writer.close()


async def main(twilio_port, smtp_port):
    http = ThreadingHTTPServer(("127.0.0.1", twilio_port), Twilio)
    http.daemon_threads = True
    threading.Thread(target=http.serve_forever, daemon=True).start()
    server = await asyncio.start_server(smtp_session, "127.0.0.1", smtp_port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set)
    print(f"stand-ins: twilio http://127.0.0.1:{twilio_port}, smtp 127.0.0.1:{smtp_port}", flush=True)
    async with server:
        await stop.wait()
    http.shutdown()
    print(f"stand-ins saw: {seen['Messages']} SMS, {seen['Calls']} calls, {seen['smtp']} emails", flush=True)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
