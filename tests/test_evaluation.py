"""Extraction quality on the seeds, the dev set and the blind tuning set must not regress.

Scores are compared with the committed `tests/gold/baseline.json` (tolerance 1e-9). Raise the
baseline when the extractor improves; never lower it to make a change pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evclaims.evaluate import _unit_agrees, _value_agrees, evaluate, tables_from_texts

HERE = Path(__file__).parent
SETS = {
    "seeds": (HERE.parent / "seeds", HERE / "gold" / "seeds.json"),
    "dev": (HERE / "fixtures" / "dev", HERE / "gold" / "dev.json"),
    "blind": (HERE / "fixtures" / "blind", HERE / "gold" / "blind.json"),
    "blind2": (HERE / "fixtures" / "blind2", HERE / "gold" / "blind2.json"),
    "blind3": (HERE / "fixtures" / "blind3", HERE / "gold" / "blind3.json"),
    "blind4": (HERE / "fixtures" / "blind4", HERE / "gold" / "blind4.json"),
    "blind5": (HERE / "fixtures" / "blind5", HERE / "gold" / "blind5.json"),
    "blind6": (HERE / "fixtures" / "blind6", HERE / "gold" / "blind6.json"),
    "blind7": (HERE / "fixtures" / "blind7", HERE / "gold" / "blind7.json"),
    "blind8": (HERE / "fixtures" / "blind8", HERE / "gold" / "blind8.json"),
    "blind9": (HERE / "fixtures" / "blind9", HERE / "gold" / "blind9.json"),
    "blind10": (HERE / "fixtures" / "blind10", HERE / "gold" / "blind10.json"),
    "blind11": (HERE / "fixtures" / "blind11", HERE / "gold" / "blind11.json"),
    "blind12": (HERE / "fixtures" / "blind12", HERE / "gold" / "blind12.json"),
    "blind13": (HERE / "fixtures" / "blind13", HERE / "gold" / "blind13.json"),
    "blind14": (HERE / "fixtures" / "blind14", HERE / "gold" / "blind14.json"),
    "blind15": (HERE / "fixtures" / "blind15", HERE / "gold" / "blind15.json"),
    "blind16": (HERE / "fixtures" / "blind16", HERE / "gold" / "blind16.json"),
    "blind17": (HERE / "fixtures" / "blind17", HERE / "gold" / "blind17.json"),
    "blind18": (HERE / "fixtures" / "blind18", HERE / "gold" / "blind18.json"),
    "blind19": (HERE / "fixtures" / "blind19", HERE / "gold" / "blind19.json"),
    "blind20": (HERE / "fixtures" / "blind20", HERE / "gold" / "blind20.json"),
    "blind21": (HERE / "fixtures" / "blind21", HERE / "gold" / "blind21.json"),
    "blind22": (HERE / "fixtures" / "blind22", HERE / "gold" / "blind22.json"),
    "blind23": (HERE / "fixtures" / "blind23", HERE / "gold" / "blind23.json"),
    "blind24": (HERE / "fixtures" / "blind24", HERE / "gold" / "blind24.json"),
    "blind25": (HERE / "fixtures" / "blind25", HERE / "gold" / "blind25.json"),
    "blind26": (HERE / "fixtures" / "blind26", HERE / "gold" / "blind26.json"),
    "blind27": (HERE / "fixtures" / "blind27", HERE / "gold" / "blind27.json"),
    "blind28": (HERE / "fixtures" / "blind28", HERE / "gold" / "blind28.json"),
    "blind29": (HERE / "fixtures" / "blind29", HERE / "gold" / "blind29.json"),
    "blind30": (HERE / "fixtures" / "blind30", HERE / "gold" / "blind30.json"),
    "blind31": (HERE / "fixtures" / "blind31", HERE / "gold" / "blind31.json"),
    "blind32": (HERE / "fixtures" / "blind32", HERE / "gold" / "blind32.json"),
    "blind33": (HERE / "fixtures" / "blind33", HERE / "gold" / "blind33.json"),
    "blind34": (HERE / "fixtures" / "blind34", HERE / "gold" / "blind34.json"),
    "blind36": (HERE / "fixtures" / "blind36", HERE / "gold" / "blind36.json"),
    "blind38": (HERE / "fixtures" / "blind38", HERE / "gold" / "blind38.json"),
    "blind39": (HERE / "fixtures" / "blind39", HERE / "gold" / "blind39.json"),
    "blind35": (HERE / "fixtures" / "blind35", HERE / "gold" / "blind35.json"),
    "blind37": (HERE / "fixtures" / "blind37", HERE / "gold" / "blind37.json"),
    "blind40": (HERE / "fixtures" / "blind40", HERE / "gold" / "blind40.json"),
    "blind41": (HERE / "fixtures" / "blind41", HERE / "gold" / "blind41.json"),
    "blind42": (HERE / "fixtures" / "blind42", HERE / "gold" / "blind42.json"),
    "blind44": (HERE / "fixtures" / "blind44", HERE / "gold" / "blind44.json"),
    "blind43": (HERE / "fixtures" / "blind43", HERE / "gold" / "blind43.json"),
    "blind45": (HERE / "fixtures" / "blind45", HERE / "gold" / "blind45.json"),
    "blind46": (HERE / "fixtures" / "blind46", HERE / "gold" / "blind46.json"),
    "blind47": (HERE / "fixtures" / "blind47", HERE / "gold" / "blind47.json"),
    "blind48": (HERE / "fixtures" / "blind48", HERE / "gold" / "blind48.json"),
    "self1": (HERE / "fixtures" / "self1", HERE / "gold" / "self1.json"),
    "self2": (HERE / "fixtures" / "self2", HERE / "gold" / "self2.json"),
    "self3": (HERE / "fixtures" / "self3", HERE / "gold" / "self3.json"),
    "self4": (HERE / "fixtures" / "self4", HERE / "gold" / "self4.json"),
    "self5": (HERE / "fixtures" / "self5", HERE / "gold" / "self5.json"),
    "self6": (HERE / "fixtures" / "self6", HERE / "gold" / "self6.json"),
    "self7": (HERE / "fixtures" / "self7", HERE / "gold" / "self7.json"),
    "self8": (HERE / "fixtures" / "self8", HERE / "gold" / "self8.json"),
    "self9": (HERE / "fixtures" / "self9", HERE / "gold" / "self9.json"),
    "self10": (HERE / "fixtures" / "self10", HERE / "gold" / "self10.json"),
    "self11": (HERE / "fixtures" / "self11", HERE / "gold" / "self11.json"),
    "self12": (HERE / "fixtures" / "self12", HERE / "gold" / "self12.json"),
    "self13": (HERE / "fixtures" / "self13", HERE / "gold" / "self13.json"),
    "self14": (HERE / "fixtures" / "self14", HERE / "gold" / "self14.json"),
    "self15": (HERE / "fixtures" / "self15", HERE / "gold" / "self15.json"),
}
# Sets on which the targets must hold. Each blind set was first scored once as a
# held-out set (README, "Measured quality") and joins this list when the extractor meets the
# targets on it; until then it is held to its baseline only.
TARGET_SETS = {"dev", "seeds", "self10", "self8", "self6", "self1", "self9", "self2", "blind",
               "self7", "self4", "self5", "self11", "blind2", "blind3", "self14", "blind4",
               "blind5", "self15", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11",
               "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
               "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25",
               "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32",
               "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39",
               "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind47",
               "blind48"}
BASELINE = json.loads((HERE / "gold" / "baseline.json").read_text(encoding="utf-8"))
TARGETS = {"metrics.recall": 0.90, "metrics.precision": 0.90, "metrics.unit_right": 0.95,
           "metrics.comparator_right": 0.90, "quotes.recall": 0.95,
           "quotes.speaker_right": 0.90, "entities.recall": 0.90, "entities.type_right": 0.90,
           "noise.clean": 1.0}


def _texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


@pytest.fixture(scope="module", params=sorted(SETS))
def report(request):
    folder, gold_path = SETS[request.param]
    texts = _texts(folder)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return request.param, evaluate(gold, tables_from_texts(texts), texts)


def test_scores_do_not_drop_below_baseline(report):
    name, rep = report
    base = BASELINE[name]
    assert set(base) <= set(rep.scores)
    dropped = {k: (rep.scores[k], v) for k, v in base.items() if rep.scores[k] < v - 1e-9}
    assert not dropped, f"{name}: scores below baseline {dropped}\n{rep.render()}"


def test_scores_meet_targets(report):
    name, rep = report
    if name not in TARGET_SETS:
        pytest.skip(f"{name} is held to its baseline, not yet to the targets")
    low = {k: rep.scores[k] for k, t in TARGETS.items() if rep.scores[k] < t}
    assert not low, f"{name}: below target {low}\n{rep.render()}"


def test_gold_files_exist_and_evidence_is_verbatim():
    for folder, gold_path in SETS.values():
        texts = _texts(folder)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for key in ("metrics", "optional_metrics", "quotes", "noise"):
            for g in gold.get(key, []):
                assert g["file"] in texts
                assert (g.get("evidence") or g["text"]) in texts[g["file"]], g


def test_the_scorer_notices_errors():
    """Break a correct extraction on purpose: every kind of damage must cost points."""
    folder, gold_path = SETS["dev"]
    texts = _texts(folder)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    good = tables_from_texts(texts)
    base = evaluate(gold, good, texts).scores

    def damaged(fn):
        tables = {k: v.copy() for k, v in good.items()}
        fn(tables)
        return evaluate(gold, tables, texts).scores

    s = damaged(lambda t: t["metrics"].__setitem__("value", t["metrics"]["value"] + 1))
    assert s["metrics.recall"] < base["metrics.recall"]
    assert s["metrics.precision"] < base["metrics.precision"]
    s = damaged(lambda t: t["metrics"].__setitem__("unit", "item"))
    assert s["metrics.unit_right"] == 0.0
    s = damaged(lambda t: t["metrics"].__setitem__("comparator", "~"))
    assert s["metrics.comparator_right"] < base["metrics.comparator_right"]
    s2 = damaged(lambda t: (t["quotes"].__setitem__("speaker", "Nobody"),
                            t["quotes"].__setitem__("speaker_entity_id", None)))
    assert s2["quotes.speaker_right"] < base["quotes.speaker_right"]
    s = damaged(lambda t: t["entities"].__setitem__("entity_type", "EVENT"))
    assert s["entities.type_right"] < base["entities.type_right"]
    s = damaged(lambda t: t.__setitem__("quotes", t["quotes"].iloc[0:0]))
    assert s["quotes.recall"] == 0.0


# --- how a found row is matched to its label ---------------------------------------------

def test_a_price_per_unit_agrees_with_a_label_in_its_bare_currency_only():
    assert _unit_agrees("USD/t", "USD") and _unit_agrees("USD", "USD")
    assert not _unit_agrees("USD", "USD/t") and not _unit_agrees("CNY/t", "USD")


def test_a_label_that_names_a_cut_agrees_with_negative_growth():
    assert _value_agrees({"value": 7.0, "measure": "price_cut"}, -7.0, None)
    assert not _value_agrees({"value": 7.0, "measure": "growth"}, -7.0, None)
