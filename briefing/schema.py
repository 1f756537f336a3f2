"""Reading TOML files and turning schema errors into problem records with key paths (codes B100-B104)."""

from __future__ import annotations

import datetime as dt
import re
import stat
import tomllib
import types
import typing
import unicodedata
from pathlib import Path
from typing import Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from briefing.errors import Problem, ValidationFailed
from briefing.formatting import known_language
from briefing.suggest import did_you_mean

_TOML_POSITION = re.compile(r"^(?P<what>.*) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")


Text = typing.Annotated[str, Field(min_length=1)]


def _known_language(value: str) -> str:
    if not known_language(value):
        raise ValueError(f"{value!r} is not a language Babel knows (e.g. \"en\", \"fr\", \"uk\", \"ar\")")
    return value


Language = typing.Annotated[str, Field(min_length=2), AfterValidator(_known_language)]  # numbers, dates, plurals
Colour = typing.Annotated[str, Field(pattern=r"^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]+)$")]
Model = TypeVar("Model", bound=BaseModel)


class Strict(BaseModel):
    """Base for every schema: unknown keys are errors and TOML types are not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, allow_inf_nan=False)


def read_toml(path: Path, shown: str, max_bytes: int | None = None, max_depth: int = 32,
              max_items: int | None = None) -> dict:
    """Parse a TOML file; any failure, and a document nested deeper than `max_depth` or with an array longer
    than `max_items`, becomes a ValidationFailed naming `shown` (the path as given)."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):  # a pipe could block, a device never end
            raise ValidationFailed([Problem("B100", shown, "", "is not a regular file")])
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise ValidationFailed([Problem("B100", shown, "",
                                            f"is {path.stat().st_size:,} bytes; the limit is "
                                            f"{max_bytes:,} (limits.max_brief_bytes in config.toml)")])
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ValidationFailed([Problem("B100", shown, "", "is a directory, not a TOML file")]) from None
    except FileNotFoundError:
        raise ValidationFailed([Problem("B100", shown, "", "no such file")]) from None
    except OSError as exc:
        raise ValidationFailed([Problem("B100", shown, "", f"cannot be read ({exc.strerror})")]) from None
    if b"\0" in raw:
        raise ValidationFailed([Problem("B100", shown, "", "is a binary file, not TOML text")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ValidationFailed([Problem("B100", shown, f"line {line}", "is not valid UTF-8 text")]) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationFailed([_toml_problem(shown, str(exc))]) from None
    except RecursionError:
        raise ValidationFailed([Problem("B100", shown, "", f"is nested more than {max_depth} levels deep "
                                                           "(limits.max_depth in config.toml)")]) from None
    oversize = shape_problem(document, max_depth, max_items)
    if oversize:
        raise ValidationFailed([Problem("B100", shown, *oversize)])
    return document


def shape_problem(document: object, max_depth: int, max_items: int | None = None) -> tuple[str, str] | None:
    """(key path, reason) where a parsed TOML or JSON document nests deeper than `max_depth` or holds an array
    longer than `max_items`; None when it does neither. Iterative: a hostile document cannot exhaust the stack."""
    stack: list[tuple[object, str, int]] = [(document, "", 0)]
    while stack:
        value, key, depth = stack.pop()
        if depth > max_depth:
            return key, f"is nested more than {max_depth} levels deep (limits.max_depth in config.toml)"
        if isinstance(value, dict):
            stack.extend((item, f"{key}.{name}" if key else str(name), depth + 1) for name, item in value.items())
        elif isinstance(value, list):
            if max_items is not None and len(value) > max_items:
                return key, (f"has {len(value):,} entries; the limit is {max_items:,} "
                             "(limits.max_items in config.toml)")
            stack.extend((item, f"{key}[{i}]", depth + 1) for i, item in enumerate(value))
    return None


def _toml_problem(shown: str, message: str) -> Problem:
    match = _TOML_POSITION.match(message)
    if not match:
        return Problem("B100", shown, "", f"malformed TOML: {message}")
    what = match["what"][0].lower() + match["what"][1:]
    return Problem("B100", shown, f"line {match['line']}, column {match['col']}", f"malformed TOML: {what}")


def parse(model: type[Model], data: dict, shown: str) -> Model:
    """Validate `data` against `model`, reporting every problem at once."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(model, shown, err) for err in exc.errors()]
        raise ValidationFailed(_unique(problems)) from None


def key_path(loc: tuple) -> str:
    """('quotes', 2, 'speaker') -> 'quotes[2].speaker'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def toml_type(value: object) -> str:
    """The TOML name of a parsed value's type, as the user wrote it."""
    names = [(bool, "a boolean"), (int, "an integer"), (float, "a float"), (str, "a string"),
             (dt.datetime, "a date-time"), (dt.date, "a date"), (dt.time, "a time"),
             (list, "an array"), (dict, "a table")]
    return next((name for kind, name in names if isinstance(value, kind)), type(value).__name__)


_EXPECTED = {
    "string_type": "expected a string",
    "int_type": "expected an integer",
    "float_type": "expected a number",
    "bool_type": "expected true or false",
    "list_type": "expected an array",
    "model_type": "expected a table",
    "dict_type": "expected a table",
    "date_type": "expected a TOML date such as 2025-10-27",
    "datetime_type": "expected a TOML date-time such as 2025-10-28T06:00:00Z",
    "finite_number": "expected a finite number",
}


def _problem(model: type[BaseModel], shown: str, err: Any) -> Problem:
    loc, kind = tuple(err["loc"]), err["type"]
    key = key_path(loc)
    if kind == "extra_forbidden":
        hint = did_you_mean(str(loc[-1]), _fields_at(model, loc[:-1]))
        return Problem("B101", shown, key, "unknown key", hint=hint)
    if kind == "missing":
        return Problem("B102", shown, key, "field required")
    if kind in _EXPECTED:
        return Problem("B103", shown, key, f"{_EXPECTED[kind]}, got {toml_type(err['input'])}")
    if kind == "literal_error":
        return Problem("B104", shown, key, f"{err['input']!r} is not one of {err['ctx']['expected']}")
    if kind == "string_pattern_mismatch" and loc[-1] in ("marking_colour",):
        return Problem("B104", shown, key, f"expected a colour such as \"#b2182b\" or \"red\", got {err['input']!r}")
    if kind == "string_too_short":
        return Problem("B104", shown, key, "must not be empty")
    if kind == "timezone_aware":
        return Problem("B104", shown, key, "needs a time zone, e.g. 2025-10-28T06:00:00Z")
    message = err["msg"].removeprefix("Value error, ")
    return Problem("B104", shown, key, message[0].lower() + message[1:])


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys allowed in the table at `loc` of `model`."""
    annotation: object = model
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(part, int):
            continue
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        field = annotation.model_fields.get(str(part))
        if field is None:
            return []
        annotation = field.annotation
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _unwrap(annotation: object) -> object:
    """list[X] -> X, X | None -> X, Annotated[X, ...] -> X."""
    while True:
        origin = typing.get_origin(annotation)
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if origin in (list, typing.Annotated, typing.Union, types.UnionType) and args:
            annotation = args[0]
        else:
            return annotation


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


# Characters that reorder the text around them (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI): "evil\u202egpj.exe"
# shows as "evilexe.jpg". Arabic and Hebrew text is ordered right without them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsafe_character(text: str, allowed: str = "\n\t\r") -> str | None:
    """Why `text` may not be printed as it is: its first control character (other than `allowed`) or
    bidirectional control, with its position; None when it has neither."""
    for position, character in enumerate(text, 1):
        if character in BIDI_CONTROLS:
            name = unicodedata.name(character)
            return (f"holds the bidirectional control U+{ord(character):04X} {name} at position {position}, "
                    "which makes text read in another order than it is written; remove it")
        if unicodedata.category(character) == "Cc" and character not in allowed:
            return f"holds the control character U+{ord(character):04X} at position {position}; remove it"
    return None


def iter_texts(value: object, key: str = "") -> typing.Iterator[tuple[str, str]]:
    """(key path, string) for every string in a model or a parsed TOML table, in field (or file) order."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from iter_texts(getattr(value, name), f"{key}.{name}" if key else name)
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from iter_texts(item, f"{key}.{name}" if key else str(name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from iter_texts(item, f"{key}[{index}]")
