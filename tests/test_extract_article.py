"""One article written for these tests, read end to end: entities, quotes and claims together."""

from __future__ import annotations

from evclaims.extract import extract_seed

ARTICLE = (
    "Zentro Motors will open 40 stores in Spain by 2026, chief executive Maria Lopez said "
    "on Monday. “We are not in a rush,” Lopez told Car Weekly. “Quality comes first.”\n"
    "Analysts at Harlow Research University expect demand to grow, according to Reuters. "
    "A spokesperson for Zentro Motors told the paper the plan is “fully funded”.\n"
    "“This is a long game,” she added. Xiaomi Corp. and #Xiaomi’s fans cheered; "
    "the BYD Auto Seal and BYD were also shown in Barcelona.\n"
)


def _ext():
    return extract_seed("z.txt", ARTICLE)


def _entities():
    ext = _ext()
    return {e.entity_id: e for e in ext.entities}, ext


def test_gazetteer_aliases_merge():
    ents, ext = _entities()
    assert "org:xiaomi" in ents and "org:byd" in ents
    assert not any(e.startswith("org:xiaomi-") or e == "org:byd-auto" for e in ents)
    xiaomi = [m["text"] for m in ext.mentions if m["entity_id"] == "org:xiaomi"]
    assert xiaomi == ["Xiaomi Corp.", "Xiaomi"]


def test_detected_names_and_types():
    ents, _ = _entities()
    assert ents["person:maria-lopez"].entity_type == "PERSON"
    assert ents["org:zentro-motors"].entity_type == "ORG"
    assert ents["org:harlow-research-university"].origin == "detected"
    assert ents["place:spain"].origin == "gazetteer"
    assert "person:lopez" not in ents  # the surname alone is Maria Lopez


def test_quotes_and_speakers():
    ext = _ext()
    got = [(q["text"], q["speaker"], q["speaker_entity_id"]) for q in ext.quotes]
    assert got == [
        ("We are not in a rush,", "Maria Lopez", "person:maria-lopez"),
        ("Quality comes first.", "Maria Lopez", "person:maria-lopez"),
        ("fully funded", "A spokesperson for Zentro Motors", None),
        # round 8: "she added" takes the nearest person-like antecedent, the spokesperson
        # in the previous sentence, not the person named further back
        ("This is a long game,", "A spokesperson for Zentro Motors", None),
    ]


def test_claims_modality_speaker_and_time():
    ext = _ext()
    first = ext.claims[0]
    assert first["claim_type"] == "reported_speech"
    assert first["speaker_entity_id"] == "person:maria-lopez"
    assert first["subject_entity_id"] == "org:zentro-motors"
    assert first["time_ref"] == "2026"
    reuters = next(c for c in ext.claims if "Reuters" in c["text"])
    assert reuters["speaker_entity_id"] == "org:reuters"
    metric = ext.metrics[0]
    assert (metric["value"], metric["unit"], metric["measure"], metric["claim_id"]) == (
        40.0, "store", "store_count", first["claim_id"])


def test_every_row_cites_the_seed_exactly():
    ext = _ext()
    for rows in (ext.mentions, ext.claims, ext.metrics, ext.quotes):
        for r in rows:
            assert ARTICLE[r["char_start"]:r["char_end"]] == r["text"]


def test_claim_types():
    from evclaims.extract.claims import claim_type, time_ref

    assert claim_type("The company plans to open a plant.") == "plan"
    assert claim_type("Prices are expected to fall next year.") == "forecast"
    assert claim_type("Sales rose in May.") == "reported_fact"
    assert claim_type("Sales rose in May, the firm said.") == "reported_speech"
    assert time_ref("The model will launch in June or July 2025.") == "2025-07" or \
        time_ref("The model will launch in June or July 2025.") == "2025-06"
    assert time_ref("Deliveries began in April.") == "--04"
    assert time_ref("Deliveries began in April.", 2024) == "2024-04"


def test_unknown_model_before_a_body_style_is_a_product():
    ext = extract_seed("p.txt", "Dealers said the Vantor EV sold 5,621 units in January.\n")
    types = {e.name: e.entity_type for e in ext.entities}
    assert types.get("Vantor EV") == "PRODUCT"  # the EV is part of the model's name
    assert ext.metrics[0]["subject_entity_id"] == "product:vantor-ev"
