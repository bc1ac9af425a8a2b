#!/usr/bin/env python3
"""The Python side of bench_mime_throughput: build a message with FILE attached using the
stdlib email package and generate it to /dev/null. Prints one JSON line: input MB/s (file
bytes per second, reading included) and peak RSS. Usage: mime_throughput.py FILE [RUNS]"""

import json
import os
import resource
import sys
import time
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.policy import SMTP


def once(path):
    start = time.perf_counter()
    message = EmailMessage()
    message["From"] = "Bench <bench@example.com>"
    message["To"] = "to@example.com"
    message["Subject"] = "throughput"
    message.set_content("see attachment\n")
    with open(path, "rb") as f:
        message.add_attachment(f.read(), maintype="application", subtype="octet-stream",
                               filename="data.bin")
    with open(os.devnull, "wb") as sink:
        BytesGenerator(sink, policy=SMTP).flatten(message)
    return time.perf_counter() - start


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    best = min(once(path) for _ in range(runs))
    size = os.path.getsize(path)
    print(json.dumps({
        "best_s": best,
        "input_mb_s": size / 1e6 / best,
        "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,  # KiB on Linux
    }))


if __name__ == "__main__":
    main()
