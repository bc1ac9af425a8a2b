#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from a JSON map {source: translation}.

Used by developers while translating: `ts_fill.py translations/mailwright_zh_CN.ts map.json`.
Only messages whose source text appears in the map are touched; their
type="unfinished" mark is removed. Prints the sources still unfinished.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    ts_path, map_path = sys.argv[1], sys.argv[2]
    with open(map_path, encoding="utf-8") as f:
        mapping = json.load(f)
    tree = ET.parse(ts_path)
    unfinished = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in mapping:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            unfinished.append(source)
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    for source in unfinished:
        print("unfinished:", source.replace("\n", "\\n")[:100])
    return 0


if __name__ == "__main__":
    sys.exit(main())
