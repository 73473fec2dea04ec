"""The one definition of every table and column in the evclaims data package.

Everything else is derived from here: the Frictionless Table Schemas in `schemas/`, the
`datapackage.json` resources, the pandera models used by `validate`, the pandas dtypes used by
`load()` and the data dictionary in `docs/`. Change a column here and rebuild; a test checks that
the committed derivatives agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from evclaims.vocab import VOCABULARIES

FieldType = Literal["string", "integer", "number", "date"]


@dataclass(frozen=True)
class Field:
    """One column: its Table Schema type, constraints and meaning."""

    name: str
    type: FieldType
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None  # a closed vocabulary (stated as Table Schema `enum`)
    minimum: int | float | None = None
    pattern: str | None = None


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str
    reference_fields: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    vocabulary: bool = False  # a small code list shipped with the package (units, measures)
    has_span: bool = False  # rows quote the seed text: char_start/char_end/text are provenance
    # With source_id and the span, the columns that say what a row *is* (the `kind` hashed into
    # its key by `ids.span_id`): two rows agreeing on all of them are one thing under two keys.
    kind: tuple[str, ...] = ()

    @property
    def identity(self) -> tuple[str, ...]:
        """Columns that identify an extracted row regardless of its key (empty if not extracted)."""
        return ("source_id", "char_start", "char_end", *self.kind) if self.has_span else ()

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no column {name!r}")


def _enum(vocabulary: str) -> tuple[str, ...]:
    return tuple(VOCABULARIES[vocabulary])


ID_PATTERN = r"^[a-z]+_[0-9a-f]{12}$"
ENTITY_ID_PATTERN = r"^[a-z]+:[a-z0-9][a-z0-9-]*$"
# A calendar period: a year, a month, a quarter or a half of a year, or a month with no year.
PERIOD_PATTERN = r"^(\d{4}(-(\d{2}|Q[1-4]|H[12]))?|--\d{2})$"


def _span_fields(what: str) -> tuple[Field, ...]:
    """Provenance shared by every extracted row: where in the seed, and who extracted it."""
    return (
        Field("char_start", "integer",
              f"0-based offset of the first character of the {what} in the seed file's text "
              "(decoded as UTF-8, no normalisation).", required=True, minimum=0),
        Field("char_end", "integer",
              f"0-based, end-exclusive offset of the {what} in the seed file's text; "
              "seed_text[char_start:char_end] == text.", required=True, minimum=1),
        Field("text", "string", f"The exact evidence text of the {what}, as it stands in the seed.",
              required=True),
        Field("prefix", "string",
              "Up to 32 characters of seed text just before the span (W3C TextQuoteSelector "
              "prefix), so the span can be re-anchored if a seed is re-normalised.",
              required=False),
        Field("suffix", "string",
              "Up to 32 characters of seed text just after the span (TextQuoteSelector suffix).",
              required=False),
        Field("extractor", "string", "The rule or component that produced this row.",
              required=True),
        Field("extractor_version", "string", "Version of the evclaims extractor that produced it.",
              required=True),
    )


def _source_fk() -> ForeignKey:
    return ForeignKey(("source_id",), "sources", ("source_id",))


def _entity_fk(column: str) -> ForeignKey:
    return ForeignKey((column,), "entities", ("entity_id",))


SOURCE_ID = Field("source_id", "string", "The source (document) this row was extracted from.",
                  required=True, pattern=ID_PATTERN)

SOURCES = Table(
    name="sources",
    title="Sources",
    description="One row per document. A seed file can hold several documents (an article "
    "followed by social posts); each is its own source, located by its character span.",
    primary_key=("source_id",),
    has_span=False,
    fields=(
        Field("source_id", "string", "Stable key: a short hash of the seed file name and the "
              "document's start offset.", required=True, unique=True, pattern=ID_PATTERN),
        Field("seed_file", "string", "File name in seeds/ the document was read from.",
              required=True),
        Field("sha256", "string", "SHA-256 of the seed file's bytes (lowercase hex).",
              required=True, pattern=r"^[0-9a-f]{64}$"),
        Field("source_type", "string", "Kind of document.", required=True,
              enum=_enum("source_type")),
        Field("title", "string", "Headline or title as printed, if the text has one."),
        Field("publisher", "string", "Publisher named by the text itself (never guessed)."),
        Field("author", "string", "Author from a byline (e.g. 'Published by ...'), if any."),
        Field("published_date", "date", "Publication date when the text states it, else empty."),
        Field("url", "string", "Link given by the text for this document (e.g. a post's link)."),
        Field("char_start", "integer", "0-based offset where the document starts in the seed.",
              required=True, minimum=0),
        Field("char_end", "integer", "End-exclusive offset where the document ends in the seed.",
              required=True, minimum=1),
        Field("story_chars", "integer", "Characters of story text in the document after page "
              "furniture (teasers, recent posts, comments, navigation) was set aside.",
              required=True, minimum=0),
        Field("extractor", "string", "The rule that segmented the document.", required=True),
        Field("extractor_version", "string", "Version of the evclaims extractor.", required=True),
    ),
)

ENTITIES = Table(
    name="entities",
    title="Entities",
    description="The registry of distinct real-world things mentioned in the sources. One row "
    "per entity; spelling variants are merged into `aliases`.",
    primary_key=("entity_id",),
    fields=(
        Field("entity_id", "string", "Stable readable key: entity type and canonical name, "
              "e.g. 'org:xiaomi'.", required=True, unique=True, pattern=ENTITY_ID_PATTERN),
        Field("name", "string", "Canonical name.", required=True),
        Field("entity_type", "string", "Kind of entity.", required=True,
              enum=_enum("entity_type")),
        Field("aliases", "string", "Other surface forms seen or known, separated by ' | ' "
              "(sorted); empty if none."),
        Field("origin", "string", "'gazetteer' when the entity is in the curated gazetteer, "
              "'detected' when found as an unknown capitalised name.", required=True,
              enum=("gazetteer", "detected")),
        Field("mention_count", "integer", "Number of rows in `mentions` for this entity.",
              required=True, minimum=1),
    ),
)

MENTIONS = Table(
    name="mentions",
    title="Entity mentions",
    description="Each occurrence of an entity in the story text of a source.",
    primary_key=("mention_id",),
    foreign_keys=(_source_fk(), _entity_fk("entity_id")),
    has_span=True,
    kind=("entity_id",),
    fields=(
        Field("mention_id", "string", "Stable key: hash of source, span and kind.",
              required=True, unique=True, pattern=ID_PATTERN),
        Field("entity_id", "string", "The entity mentioned.", required=True,
              pattern=ENTITY_ID_PATTERN),
        SOURCE_ID,
        *_span_fields("mention"),
    ),
)

CLAIMS = Table(
    name="claims",
    title="Claims",
    description="Each assertion a source makes (a sentence of story text), with who it is "
    "about, who the source says asserted it, its modality and the period it concerns.",
    primary_key=("claim_id",),
    foreign_keys=(_source_fk(), _entity_fk("subject_entity_id"), _entity_fk("speaker_entity_id")),
    has_span=True,
    fields=(
        Field("claim_id", "string", "Stable key: hash of source, span and kind.",
              required=True, unique=True, pattern=ID_PATTERN),
        SOURCE_ID,
        Field("subject_entity_id", "string", "The entity the claim is about, if one is named.",
              pattern=ENTITY_ID_PATTERN),
        Field("speaker_entity_id", "string", "Who the source says made the assertion (e.g. the "
              "CEO, or a cited outlet), if stated.", pattern=ENTITY_ID_PATTERN),
        Field("claim_type", "string", "Modality of the assertion.", required=True,
              enum=_enum("claim_type")),
        Field("time_ref", "string", "The period the claim is about: 'YYYY', 'YYYY-MM', a "
              "quarter 'YYYY-Q1'..'YYYY-Q4', a half 'YYYY-H1'/'YYYY-H2', or '--MM' (a month "
              "with no year the text supports).", pattern=PERIOD_PATTERN),
        *_span_fields("claim sentence"),
    ),
)

METRICS = Table(
    name="metrics",
    title="Metrics",
    description="Each stated quantity in the story text, normalised to a number, unit and "
    "comparator, tied to the claim (sentence) it appears in.",
    primary_key=("metric_id",),
    foreign_keys=(
        _source_fk(),
        ForeignKey(("claim_id",), "claims", ("claim_id",)),
        _entity_fk("subject_entity_id"),
        ForeignKey(("measure",), "measures", ("measure",)),
        ForeignKey(("unit",), "units", ("unit",)),
    ),
    has_span=True,
    kind=("measure", "unit"),
    fields=(
        Field("metric_id", "string", "Stable key: hash of source, span and kind.",
              required=True, unique=True, pattern=ID_PATTERN),
        SOURCE_ID,
        Field("claim_id", "string", "The claim (sentence) the quantity appears in.",
              required=True, pattern=ID_PATTERN),
        Field("subject_entity_id", "string", "The entity the quantity is about, if named.",
              pattern=ENTITY_ID_PATTERN),
        Field("measure", "string", "What is measured (code in the `measures` vocabulary).",
              required=True),
        Field("value", "number", "The number, normalised ('200k' -> 200000); for a range, its "
              "low end. Negative only for a measure whose sign is 'any' (a fall in growth); "
              "checked against `measures.sign`.", required=True),
        Field("value_max", "number", "High end of a range, else empty."),
        Field("unit", "string", "Unit (code in the `units` vocabulary).", required=True),
        Field("comparator", "string", "How the value bounds the true quantity ('over' is >, "
              "'about' is ~, 'up to' is <=; a range is 'range').", required=True,
              enum=_enum("comparator")),
        Field("period", "string", "The period the quantity refers to, if stated: 'YYYY', "
              "'YYYY-MM', 'YYYY-Q1'..'YYYY-Q4', 'YYYY-H1'/'YYYY-H2' or '--MM'.",
              pattern=PERIOD_PATTERN),
        *_span_fields("quantity phrase"),
    ),
)

QUOTES = Table(
    name="quotes",
    title="Quotes",
    description="Each direct quotation in the story text, with its attributed speaker.",
    primary_key=("quote_id",),
    foreign_keys=(_source_fk(), _entity_fk("speaker_entity_id")),
    has_span=True,
    fields=(
        Field("quote_id", "string", "Stable key: hash of source, span and kind.",
              required=True, unique=True, pattern=ID_PATTERN),
        SOURCE_ID,
        Field("speaker_entity_id", "string", "The speaker as an entity, if named.",
              pattern=ENTITY_ID_PATTERN),
        Field("speaker", "string", "The speaker as attributed in the text (a name, or a "
              "description such as 'a spokesperson for Stellantis')."),
        *_span_fields("quotation (inside the quotation marks)"),
    ),
)

UNITS = Table(
    name="units",
    title="Units",
    description="Vocabulary of units a metric can be stated in, with the dimension each measures.",
    primary_key=("unit",),
    vocabulary=True,
    fields=(
        Field("unit", "string", "Unit code.", required=True, unique=True),
        Field("dimension", "string", "Physical or economic dimension.", required=True,
              enum=_enum("dimension")),
        Field("description", "string", "What the unit is.", required=True),
    ),
)

MEASURES = Table(
    name="measures",
    title="Measures",
    description="Vocabulary of what a metric measures, with the dimensions its unit may have.",
    primary_key=("measure",),
    vocabulary=True,
    fields=(
        Field("measure", "string", "Measure code.", required=True, unique=True),
        Field("dimensions", "string", "Dimensions a unit of this measure may have, separated "
              "by ' | '.", required=True),
        Field("sign", "string", "'non-negative' for counts, prices and rates; 'any' for changes "
              "such as growth, which can be negative.", required=True,
              enum=("non-negative", "any")),
        Field("description", "string", "What the measure is.", required=True),
    ),
)

TABLES: tuple[Table, ...] = (UNITS, MEASURES, SOURCES, ENTITIES, MENTIONS, CLAIMS, METRICS, QUOTES)
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
EXTRACTED_TABLES: tuple[Table, ...] = tuple(t for t in TABLES if t.has_span)
