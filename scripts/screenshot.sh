#!/bin/sh
# Render the HTML report of the shipped example in a real browser and keep
# the page and its screenshot in docs/ (Debian: apt-get install chromium).
set -eu
cd "$(dirname "$0")/.."
cargo run --release --quiet -- check --format html --fail-on none --output docs/example.html
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size=1100,1600 --screenshot=docs/example.png "file://$PWD/docs/example.html"
echo "wrote docs/example.html and docs/example.png"
