"""Score extracted tables against hand labels (gold.json format of the dev set).

Strict where the data must be right, loose where vocabularies legitimately differ:

- metrics: found = one of our metrics in the same file overlaps the gold evidence span AND has
  the gold value (and value_max for a range). Among found: unit right (after mapping unit
  synonyms; a price per unit such as "USD/t" agrees with a label in its bare currency "USD"),
  comparator right; a label whose measure names a fall ("price_cut" 7) also agrees with the
  same change as signed growth (-7); measure is scored loosely (gold measure names are free text).
  Gold metrics that are *calendar years* (unit "year", value 1900-2100, e.g. "by July 2026")
  are, in this project, a claim's `time_ref` and not a metric: such a gold item is found when a
  claim overlapping the evidence has that year in its time_ref; it is left out of the unit and
  comparator rates. `optional_metrics` count as neither right nor wrong.
- precision: our metric in a gold file that matches no gold or optional item is a false
  positive.
- quotes: found = our quote overlaps the gold quote's text; speaker right = our speaker (or the
  speaker entity's name/aliases) equals the gold speaker, or its description when the gold has
  no named speaker.
- entities: found = an entity with a mention in that file whose name or an alias equals the
  gold name or one of its aliases (case, dots and apostrophes ignored); type right among found.
- noise: a noise evidence span must not overlap any metric.
"""

from __future__ import annotations

import re
from pathlib import Path
from dataclasses import dataclass, field

import pandas as pd

UNIT_SYNONYMS = {"units": "vehicle", "unit": "vehicle", "vehicles": "vehicle", "%": "percent",
                 "pct": "percent", "stores": "store", "points_of_sale": "store",
                 "countries": "country", "months": "month", "years": "year"}
MEASURE_SYNONYMS = {
    "sales_growth": "growth", "tariff_rate_total": "tariff_rate",
    "launch_market_count": "market_count", "sales_points_target": "store_count",
    "challenge_window": "duration", "decision_time": "duration",
    "pre_bookings": "pre_orders", "reservations": "pre_orders", "delivery_wait": "wait_time",
}


@dataclass
class EvalReport:
    scores: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def render(self) -> str:
        """Human-readable report: scores, then every miss, false positive and wrong attribute."""
        lines = ["scores:"]
        lines += [f"  {k:<28} {v:.3f}" for k, v in sorted(self.scores.items())]
        lines += [f"  ({k}: {v})" for k, v in sorted(self.counts.items())]
        for title, items in (("misses", self.misses), ("false positives", self.false_positives),
                             ("wrong attributes", self.wrong)):
            lines.append(f"{title} ({len(items)}):")
            lines += [f"  - {x}" for x in items]
        return "\n".join(lines)


def _norm(s: str | None) -> str:
    s = (s or "").replace("’", "'").lower()
    s = re.sub(r"'s\b|'", "", s)
    return re.sub(r"[^a-z0-9&]+", " ", s.replace(".", "")).strip()


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    out, pos = [], text.find(needle)
    while pos >= 0:
        out.append((pos, pos + len(needle)))
        pos = text.find(needle, pos + 1)
    return out


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def _same(x, y) -> bool:
    if x is None or (isinstance(x, float) and pd.isna(x)):
        return y is None or (isinstance(y, float) and pd.isna(y))
    if y is None or pd.isna(y):
        return False
    return abs(float(x) - float(y)) <= 1e-6 * max(1.0, abs(float(x)))


# A gold measure that names a fall ("price_cut", "discount") labels its size as positive.
_FALL_MEASURE = re.compile(r"cut|reduction|discount|decline|decrease|drop")


def _value_agrees(g: dict, value, value_max) -> bool:
    """Our value (and value_max) equal the label's; a label whose measure names a fall
    ('price_cut' 7) also agrees with the same change written as signed growth (-7)."""
    if _same(g["value"], value) and (g.get("value_max") is None
                                     or _same(g.get("value_max"), value_max)):
        return True
    if not _FALL_MEASURE.search(g.get("measure") or "") or value is None or pd.isna(value):
        return False
    if g.get("value_max") is None:
        return _same(g["value"], -float(value))
    return _same(g["value"], -float(value_max)) and _same(g["value_max"], -float(value))


def _unit_agrees(ours: str, gold: str) -> bool:
    """Equal units; or a price per unit ("USD/t", "GBP/mi") against a label in its bare
    currency ("USD"): labellers differ on whether the 'per' belongs to the unit, but the
    currency must be right (the reverse, "USD" for a gold "USD/t", stays wrong)."""
    return ours == gold or ("/" in ours and ours.split("/")[0] == gold)


def _is_calendar_year(g: dict) -> bool:
    return g.get("unit") == "year" and 1900 <= float(g["value"]) <= 2100 and \
        float(g["value"]).is_integer()


def _by_file(df: pd.DataFrame, sources: pd.DataFrame) -> dict[str, pd.DataFrame]:
    if df is None or df.empty:
        return {}
    seed_of = dict(zip(sources["source_id"], sources["seed_file"]))
    df = df.assign(_file=df["source_id"].map(seed_of))
    return {f: g for f, g in df.groupby("_file")}


def _rate(num: int, den: int) -> float:
    return num / den if den else 1.0


def _score_metrics(gold: dict, tables: dict, texts: dict, rep: EvalReport) -> None:
    sources = tables["sources"]
    metrics = _by_file(tables["metrics"], sources)
    claims = _by_file(tables["claims"], sources)
    found = unit_ok = comp_ok = measure_ok = strict_found = 0
    golds = [g for g in gold.get("metrics", []) if g["file"] in texts]
    matched_ids: set[str] = set()
    for g in golds:
        text = texts[g["file"]]
        spans = _spans(text, g["evidence"])
        if not spans:
            rep.misses.append(f"metric gold evidence not in text: {g['file']}: {g['evidence']!r}")
            continue
        if _is_calendar_year(g):
            cl = claims.get(g["file"], pd.DataFrame(columns=["char_start", "char_end",
                                                             "time_ref"]))
            year = str(int(g["value"]))
            ok = any(_overlaps(int(r.char_start), int(r.char_end), spans)
                     and isinstance(r.time_ref, str) and r.time_ref.startswith(year)
                     for r in cl.itertuples())
            if ok:
                found += 1
            else:
                rep.misses.append(f"metric (year as claim time_ref) {g['file']}: "
                                  f"{g['evidence']!r} = {year}")
            continue
        ours = metrics.get(g["file"])
        cands = [] if ours is None else [
            r for r in ours.itertuples()
            if _overlaps(int(r.char_start), int(r.char_end), spans)
            and _value_agrees(g, r.value, r.value_max)]
        if not cands:
            near = [] if ours is None else [
                f"{r.text!r}={r.value}" for r in ours.itertuples()
                if _overlaps(int(r.char_start), int(r.char_end), spans)]
            rep.misses.append(f"metric {g['file']}: {g['evidence']!r} = {g['value']} "
                              f"{g['unit']} {g['comparator']}" + (f" (we have {near})"
                                                                  if near else ""))
            continue
        gunit = UNIT_SYNONYMS.get(g["unit"], g["unit"])
        best = next((r for r in cands if _unit_agrees(r.unit, gunit)), cands[0])
        matched_ids.add(best.metric_id)
        found += 1
        strict_found += 1
        unit_ok += _unit_agrees(best.unit, gunit)
        comp_ok += best.comparator == g["comparator"]
        gm = g.get("measure", "")
        m_ok = best.measure == gm or MEASURE_SYNONYMS.get(gm) == best.measure or \
            best.measure in gm
        measure_ok += m_ok
        if not _unit_agrees(best.unit, gunit):
            rep.wrong.append(f"unit {g['file']}: {best.text!r} {best.unit} != {g['unit']}")
        if best.comparator != g["comparator"]:
            rep.wrong.append(f"comparator {g['file']}: {best.text!r} {best.comparator} != "
                             f"{g['comparator']}")
        if not m_ok:
            rep.wrong.append(f"measure (loose) {g['file']}: {best.text!r} {best.measure} vs "
                             f"{gm}")
    # precision: every metric of ours in a gold file must match a gold or optional item
    optional = [g for g in gold.get("optional_metrics", []) if g["file"] in texts]
    tp = fp = 0
    for f, ours in metrics.items():
        if f not in texts:
            continue
        for r in ours.itertuples():
            def hit(items):
                return any(g["file"] == f and not _is_calendar_year(g)
                           and _overlaps(int(r.char_start), int(r.char_end),
                                         _spans(texts[f], g["evidence"]))
                           and _same(g["value"], r.value) for g in items)
            if r.metric_id in matched_ids or hit(golds):
                tp += 1
            elif hit(optional):
                continue
            else:
                fp += 1
                rep.false_positives.append(f"metric {f}: {r.text!r} = {r.value} {r.unit} "
                                           f"{r.comparator} ({r.measure})")
    rep.scores["metrics.recall"] = _rate(found, len(golds))
    rep.scores["metrics.precision"] = _rate(tp, tp + fp)
    rep.scores["metrics.unit_right"] = _rate(unit_ok, strict_found)
    rep.scores["metrics.comparator_right"] = _rate(comp_ok, strict_found)
    rep.scores["metrics.measure_right_loose"] = _rate(measure_ok, strict_found)
    rep.counts.update({"metrics.gold": len(golds), "metrics.found": found,
                       "metrics.false_positives": fp})


def _score_quotes(gold: dict, tables: dict, texts: dict, rep: EvalReport) -> None:
    sources = tables["sources"]
    quotes = _by_file(tables["quotes"], sources)
    ents = tables["entities"]
    names: dict[str, set[str]] = {}
    for r in ents.itertuples():
        al = [] if pd.isna(r.aliases) else str(r.aliases).split(" | ")
        names[r.entity_id] = {_norm(r.name), *(_norm(a) for a in al)}
    golds = [g for g in gold.get("quotes", []) if g["file"] in texts]
    found = speaker_ok = 0
    matched: set[str] = set()
    for g in golds:
        spans = _spans(texts[g["file"]], g["text"])
        ours = quotes.get(g["file"])
        cands = [] if ours is None or not spans else [
            r for r in ours.itertuples() if _overlaps(int(r.char_start), int(r.char_end), spans)]
        if not cands:
            rep.misses.append(f"quote {g['file']}: {g['text'][:70]!r}")
            continue
        r = cands[0]
        matched.add(r.quote_id)
        found += 1
        want = _norm(g.get("speaker") or g.get("speaker_description"))
        have = {_norm(None if pd.isna(r.speaker) else r.speaker)}
        if isinstance(r.speaker_entity_id, str):
            have |= names.get(r.speaker_entity_id, set())
        if want in have:
            speaker_ok += 1
        else:
            rep.wrong.append(f"speaker {g['file']}: {g['text'][:40]!r}: {r.speaker!r} != "
                             f"{g.get('speaker') or g.get('speaker_description')!r}")
    fp = 0
    for f, ours in quotes.items():
        if f not in texts:
            continue
        for r in ours.itertuples():
            if r.quote_id not in matched:
                fp += 1
                rep.false_positives.append(f"quote {f}: {r.text[:60]!r}")
    rep.scores["quotes.recall"] = _rate(found, len(golds))
    rep.scores["quotes.precision"] = _rate(found, found + fp)
    rep.scores["quotes.speaker_right"] = _rate(speaker_ok, found)
    rep.counts.update({"quotes.gold": len(golds), "quotes.found": found})


def _score_entities(gold: dict, tables: dict, texts: dict, rep: EvalReport) -> None:
    sources = tables["sources"]
    mentions = _by_file(tables["mentions"], sources)
    ents = tables["entities"].set_index("entity_id")
    golds = [g for g in gold.get("entities", []) if g["file"] in texts]
    optional = [g for g in gold.get("optional_entities", []) if g["file"] in texts]
    found = type_ok = 0
    per_file: dict[str, dict[str, tuple[set[str], str]]] = {}
    for f, ms in mentions.items():
        d = {}
        # Most-mentioned first (ties by id): when two entities share a surface form, a gold
        # entity matches the document's main one, the same way on every run.
        counts = ms["entity_id"].value_counts()
        for eid in sorted(counts.index, key=lambda e: (-counts[e], e)):
            row = ents.loc[eid]
            al = [] if pd.isna(row["aliases"]) else str(row["aliases"]).split(" | ")
            d[eid] = ({_norm(row["name"]), *(_norm(a) for a in al)}, row["entity_type"])
        per_file[f] = d
    used: dict[str, set[str]] = {}

    def match(g: dict) -> str | None:
        want = {_norm(g["name"]), *(_norm(a) for a in g.get("aliases", []) or [])}
        for eid, (forms, _) in per_file.get(g["file"], {}).items():
            if forms & want:
                return eid
        return None

    for g in golds:
        eid = match(g)
        if eid is None:
            rep.misses.append(f"entity {g['file']}: {g['name']} ({g['type']})")
            continue
        found += 1
        used.setdefault(g["file"], set()).add(eid)
        etype = per_file[g["file"]][eid][1]
        if etype == g["type"]:
            type_ok += 1
        else:
            rep.wrong.append(f"entity type {g['file']}: {g['name']} {etype} != {g['type']}")
    for g in optional:
        eid = match(g)
        if eid:
            used.setdefault(g["file"], set()).add(eid)
    fp = tp = 0
    for f, d in per_file.items():
        if f not in texts or not any(g["file"] == f for g in golds):
            continue
        for eid in d:
            if eid in used.get(f, set()):
                tp += 1
            else:
                fp += 1
                rep.false_positives.append(f"entity {f}: {eid}")
    rep.scores["entities.recall"] = _rate(found, len(golds))
    rep.scores["entities.type_right"] = _rate(type_ok, found)
    rep.scores["entities.precision"] = _rate(tp, tp + fp)
    rep.counts.update({"entities.gold": len(golds), "entities.found": found})


def _score_noise(gold: dict, tables: dict, texts: dict, rep: EvalReport) -> None:
    metrics = _by_file(tables["metrics"], tables["sources"])
    items = [g for g in gold.get("noise", []) if g["file"] in texts]
    clean = 0
    for g in items:
        spans = _spans(texts[g["file"]], g["evidence"])
        ours = metrics.get(g["file"])
        bad = [] if ours is None else [r.text for r in ours.itertuples()
                                      if _overlaps(int(r.char_start), int(r.char_end), spans)]
        if bad:
            rep.false_positives.append(f"noise became a metric {g['file']}: {bad}")
        else:
            clean += 1
    rep.scores["noise.clean"] = _rate(clean, len(items))


def evaluate(gold: dict, tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> EvalReport:
    """Score `tables` (as from `build_tables` or `evclaims.load`) against `gold` for `texts`."""
    rep = EvalReport()
    _score_metrics(gold, tables, texts, rep)
    _score_quotes(gold, tables, texts, rep)
    _score_entities(gold, tables, texts, rep)
    _score_noise(gold, tables, texts, rep)
    return rep


def tables_from_texts(texts: dict[str, str]) -> dict[str, pd.DataFrame]:
    """Tables for a dict of file name -> text (the package's own build, no I/O)."""
    from evclaims.build import build_tables

    return build_tables(texts)


def evaluate_package(gold: dict, package_dir: Path) -> EvalReport:
    """Score a built package on disk (its tables and its own seed texts) against `gold`."""
    from evclaims.load import load

    tables = load(package_dir)
    texts = {name: (package_dir / "seeds" / name).read_text(encoding="utf-8")
             for name in tables["sources"]["seed_file"].unique()}
    return evaluate(gold, tables, texts)
