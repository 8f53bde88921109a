#!/usr/bin/env python3
"""Gives the widget's wasm imports short names, in the wasm and in its wasm-bindgen glue.

    python3 scripts/short-imports.py www/pkg/whosaid_bg.wasm www/pkg/whosaid.js

wasm-bindgen names each function the wasm imports from its glue after the JavaScript it calls
and a hash (`__wbg_addEventListener_f2d27251d333a631`): over a hundred names, each written
twice (the wasm's import section, the glue's import object), whose hashes gzip cannot shrink.
The import is found by its place in the import object, not by what the name says, so this
renames each to a letter or two, in the order the wasm imports them, in both files.
Each old name must stand exactly once in the glue, else nothing is written.
"""
import re
import sys

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def read_leb(b, i):
    """An unsigned LEB128 number at `i`, and where it ends."""
    value = shift = 0
    while True:
        byte = b[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def leb(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def short_name(k):
    """`a` ... `Z`, then `aa`, `ab`, ...: the k-th short name."""
    name = ""
    k += 1
    while k:
        k -= 1
        name = LETTERS[k % len(LETTERS)] + name
        k //= len(LETTERS)
    return name


def skip_limits(body, k):
    flags = body[k]
    _, k = read_leb(body, k + 1)
    if flags & 1:
        _, k = read_leb(body, k)
    return k


def rename_imports(body, renames):
    """The import section `body` with every function import renamed; fills `renames`."""
    count, k = read_leb(body, 0)
    out = bytearray(leb(count))
    for _ in range(count):
        length, k = read_leb(body, k)
        module = body[k : k + length]
        length, k = read_leb(body, k + length)
        field = body[k : k + length].decode()
        k += length
        start = k
        kind = body[k]
        k += 1
        if kind == 0:  # a function: its type's index
            _, k = read_leb(body, k)
        elif kind == 1:  # a table: its element type and limits
            k = skip_limits(body, k + 1)
        elif kind == 2:  # a memory: its limits
            k = skip_limits(body, k)
        elif kind == 3:  # a global: its value type and mutability
            k += 2
        else:
            sys.exit(f"short-imports: unknown import kind {kind}")
        name = field
        if kind == 0:
            name = short_name(len(renames))
            renames[field] = name
        encoded = name.encode()
        out += leb(len(module)) + module + leb(len(encoded)) + encoded + body[start:k]
    return bytes(out)


def main():
    wasm_path, js_path = sys.argv[1:3]
    wasm = open(wasm_path, "rb").read()
    if wasm[:4] != b"\0asm":
        sys.exit(f"short-imports: {wasm_path} is no wasm module")
    out = bytearray(wasm[:8])
    renames = {}
    i = 8
    while i < len(wasm):
        section = wasm[i]
        size, j = read_leb(wasm, i + 1)
        body = wasm[j : j + size]
        i = j + size
        if section == 2:
            body = rename_imports(body, renames)
        out += bytes([section]) + leb(len(body)) + body
    js = open(js_path, encoding="utf-8").read()
    for old, new in renames.items():
        # As a key of the import object: `old: function`.
        pattern = re.compile(r"\b" + re.escape(old) + r"(?=:)")
        if len(pattern.findall(js)) != 1:
            sys.exit(f"short-imports: {old} is not one key of {js_path}; nothing written")
        js = pattern.sub(new, js)
    open(wasm_path, "wb").write(out)
    open(js_path, "w", encoding="utf-8").write(js)
    print(f"short-imports: {len(renames)} imports renamed")


if __name__ == "__main__":
    main()
