#!/usr/bin/env python3
"""Counts the pixels of given colours in a PNG (8-bit RGB or RGBA, not interlaced), with the standard library only.

usage: png-colors.py FILE.png NAME=RRGGBB[:MIN] ...
Prints the count for each colour and exits 1 when a count is below its minimum (default 1).
"""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, width = 8, bytearray(), None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or color not in (2, 6) or interlace != 0:
                raise SystemExit(f"{path}: unsupported PNG (depth {depth}, colour type {color}, interlace {interlace})")
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 0xFF
            elif ftype == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ftype == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(line)
        prev = line
    return width, height, bpp, rows


def main(argv):
    if len(argv) < 3:
        raise SystemExit(__doc__)
    width, height, bpp, rows = read_png(argv[1])
    wanted = []
    for spec in argv[2:]:
        name, _, rest = spec.partition("=")
        hexa, _, minimum = rest.partition(":")
        wanted.append((name, tuple(int(hexa[i:i + 2], 16) for i in (0, 2, 4)), int(minimum or 1)))
    counts = {name: 0 for name, _, _ in wanted}
    targets = {rgb: name for name, rgb, _ in wanted}
    for line in rows:
        for x in range(0, width * bpp, bpp):
            name = targets.get((line[x], line[x + 1], line[x + 2]))
            if name is not None:
                counts[name] += 1
    print(f"{argv[1]}: {width}x{height}")
    ok = True
    for name, rgb, minimum in wanted:
        good = counts[name] >= minimum
        ok = ok and good
        print(f"  {name:14} #{''.join(f'{v:02x}' for v in rgb)}  {counts[name]:8} pixels  (need {minimum}){'' if good else '  MISSING'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
