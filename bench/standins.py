"""Loopback stand-ins for the benchmark: a Twilio-shaped REST API and an SMTP server that discards mail.

Usage: python3 standins.py TWILIO_PORT SMTP_PORT [PACE]
Every POST to /2010-04-01/Accounts/{sid}/Messages.json or Calls.json answers 201 with a Twilio-shaped
resource; SMTP accepts any number of messages per connection and throws them away. Counts are printed
on SIGTERM so the run can compare what the providers saw with what the database says was sent.

With PACE (messages per second per sender, From or MessagingServiceSid), the Twilio stand-in holds each sender
to that rate as Twilio does a long code: it queues what comes faster and refuses (429, error 20429) a message
that would wait in that queue over 2 s (Twilio fails what waits over 10 hours). It also counts messages that arrive after one due later than them, and by how
many notices they were overtaken at most (the tracking number SF0000000042 in the body is the order they were due in),
how many messages had arrived when the last of them did, and how many of them came within 2 s of the sender's first
message (a service started cold into the burst).
"""
import asyncio
import itertools
import json
import re
import signal
import sys
import time
import urllib.parse

PATH = re.compile(rb"^/2010-04-01/Accounts/([^/]+)/(Messages|Calls)\.json$")
counter = itertools.count(1)
seen = {"Messages": 0, "Calls": 0, "smtp": 0, "refused": 0, "paced": 0, "out_of_order": 0, "overtaken_by": 0,
        "last_out_of_order": 0, "out_of_order_early": 0}
EARLY = 2.0    # seconds after a sender's first message: a service started cold into a burst is still warming up
first_at = {}  # sender -> when its first message arrived
NOT_FOUND = json.dumps({"code": 20404, "message": "not found", "status": 404}).encode()
TOO_MANY = json.dumps({"code": 20429, "message": "Too Many Requests", "status": 429}).encode()
TRACKING = re.compile(r"SF(\d{10})")
pace = 0.0
MAX_WAIT = 2.0  # seconds a message may wait in a sender's queue (Twilio: 10 hours), scaled down for the bench
queues = {}    # sender -> when its queue is empty again
last_due = {}  # sender -> the highest tracking number it has sent


def within_pace(sender):
    """Twilio queues what a sender sends beyond its pace and fails what would wait too long (10 hours at 1/s on a
    long code); the stand-in keeps each sender's queue and refuses a message that would wait over MAX_WAIT."""
    now = time.monotonic()
    free_at = max(queues.get(sender, now), now)
    if free_at - now > MAX_WAIT:
        return False
    queues[sender] = free_at + 1.0 / pace
    return True


def paced(form):
    """Whether a message (its form body) keeps its sender's pace; counts those that jump the due order."""
    sender = (form.get("MessagingServiceSid") or form.get("From") or [""])[0]
    if not within_pace(sender):
        seen["refused"] += 1
        return False
    seen["paced"] += 1
    first = first_at.setdefault(sender, time.monotonic())
    match = TRACKING.search((form.get("Body") or [""])[0])
    if match:
        due = int(match.group(1))
        if due < last_due.get(sender, 0):
            seen["out_of_order"] += 1
            seen["overtaken_by"] = max(seen["overtaken_by"], last_due[sender] - due)
            seen["last_out_of_order"] = seen["paced"]
            if time.monotonic() - first <= EARLY:
                seen["out_of_order_early"] += 1
        last_due[sender] = max(due, last_due.get(sender, 0))
    return True


def resource(account, kind, n):
    """A Twilio-shaped Message or Call, as the SDK parses it."""
    prefix = "SM" if kind == "Messages" else "CA"
    sid = f"{prefix}{n:032x}"
    return json.dumps({
        "account_sid": account, "api_version": "2010-04-01", "sid": sid, "status": "queued",
        "direction": "outbound-api", "from": "+15005550006", "to": "+8613800138000", "body": "",
        "date_created": "Thu, 26 Nov 2026 00:00:00 +0000", "date_updated": "Thu, 26 Nov 2026 00:00:00 +0000",
        "date_sent": None, "error_code": None, "error_message": None, "messaging_service_sid": None,
        "num_media": "0", "num_segments": "1", "price": None, "price_unit": "USD",
        "uri": f"/2010-04-01/Accounts/{account}/{kind}/{sid}.json"}).encode()


def kind_of(match):
    return match.group(2).decode()


async def twilio_session(reader, writer):
    """HTTP/1.1 with keep-alive (the SDK pools its connections), on the event loop: the stand-in's own CPU per
    request stays small next to the service's, so the machine's cores go to what is measured."""
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                break
            lines = head.split(b"\r\n")
            method, target = lines[0].split(b" ")[:2]
            length = 0
            for line in lines[1:]:
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            payload = await reader.readexactly(length) if length else b""
            match = PATH.match(target.split(b"?")[0]) if method == b"POST" else None
            if match and kind_of(match) == "Messages" and pace and not paced(urllib.parse.parse_qs(payload.decode())):
                status, body = b"429 Too Many Requests", TOO_MANY
            elif match:
                account, kind = match.group(1).decode(), kind_of(match)
                seen[kind] += 1
                status, body = b"201 Created", resource(account, kind, next(counter))
            else:
                status, body = b"404 Not Found", NOT_FOUND
            writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n\r\n" + body)
            await writer.drain()
    finally:
        writer.close()


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
    http = await asyncio.start_server(twilio_session, "127.0.0.1", twilio_port)
    server = await asyncio.start_server(smtp_session, "127.0.0.1", smtp_port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set)
    print(f"stand-ins: twilio http://127.0.0.1:{twilio_port}, smtp 127.0.0.1:{smtp_port}", flush=True)
    async with http, server:
        await stop.wait()
    disorder = (f" (overtaken by at most {seen['overtaken_by']} due after them; the last of them"
                f" message {seen['last_out_of_order']} of {seen['paced']} to arrive; {seen['out_of_order_early']} of them"
                f" within {EARLY:.0f} s of the sender's first)") if seen["out_of_order"] else ""
    paced_part = (f", {seen['refused']} refused over the pace, {seen['out_of_order']} out of order"
                  f"{disorder}") if pace else ""
    print(f"stand-ins saw: {seen['Messages']} SMS, {seen['Calls']} calls, {seen['smtp']} emails{paced_part}", flush=True)


if __name__ == "__main__":
    pace = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2])))
