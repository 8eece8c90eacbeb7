"""Shared by the generators under scripts/: write a generated data file, or with
--check compare it with what the inputs give (as typos' codegen test does)."""
import os


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
