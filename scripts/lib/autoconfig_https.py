#!/usr/bin/env python3
"""HTTPS autoconfig host of the Mailwright testbed.

Serves files from WWW_ROOT/<host>/<path> chosen by the Host header (port and
case stripped) and the URL path (query string ignored).  Anything else is 404.
Every request is logged, one line each, to LOG_FILE.

usage: autoconfig_https.py ADDRESS PORT CERT KEY WWW_ROOT LOG_FILE
"""
import http.server
import os
import ssl
import sys
import threading
import time
import urllib.parse

ADDRESS, PORT, CERT, KEY, ROOT, LOG = sys.argv[1:7]
PORT = int(PORT)
ROOT = os.path.realpath(ROOT)
_log_lock = threading.Lock()


def log_line(text):
    with _log_lock, open(LOG, "a", encoding="utf-8") as f:
        f.write(time.strftime("%Y-%m-%dT%H:%M:%S ") + text + "\n")


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "MailwrightTestbed/1"
    protocol_version = "HTTP/1.1"
    timeout = 15  # seconds per socket operation: a silent client cannot pin a thread forever

    def _resolve(self):
        host = (self.headers.get("Host") or "").strip().lower()
        if host.startswith("["):
            host = host.split("]")[0] + "]"
        else:
            host = host.split(":")[0]
        path = urllib.parse.urlsplit(self.path).path
        path = urllib.parse.unquote(path)
        if not host or "/" in host or host.startswith(".") or not path.startswith("/"):
            return host, None
        candidate = os.path.realpath(os.path.join(ROOT, host, path.lstrip("/")))
        if not candidate.startswith(os.path.join(ROOT, host) + os.sep):
            return host, None
        if not os.path.isfile(candidate):
            return host, None
        return host, candidate

    def _respond(self, with_body):
        host, file = self._resolve()
        if file is None:
            body = b"not found\n"
            status, ctype = 404, "text/plain; charset=utf-8"
        else:
            with open(file, "rb") as f:
                body = f.read()
            status = 200
            ctype = "application/xml; charset=utf-8" if file.endswith(".xml") or "/v1.1/" in file \
                else "application/octet-stream"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)
        log_line(f"{self.client_address[0]} {self.command} host={host} {self.path} {status}")

    def do_GET(self):
        self._respond(True)

    def do_HEAD(self):
        self._respond(False)

    def log_message(self, fmt, *args):  # default goes to stderr
        log_line(f"{self.client_address[0]} " + (fmt % args))


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        log_line(f"{client_address[0]} error: {sys.exc_info()[1]!r}")


def main():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(CERT, KEY)
    httpd = Server((ADDRESS, PORT), Handler)
    # Handshake lazily in the handler thread, so a silent client cannot block accept().
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True, do_handshake_on_connect=False)
    log_line(f"listening on https://{ADDRESS}:{PORT}/ root={ROOT}")
    httpd.serve_forever()


if __name__ == "__main__":
    main()
