"""Reading TOML files and turning schema errors into one-line problems with key paths."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
import types
import typing
import unicodedata
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefing.errors import Problem, ValidationFailed

_TOML_POSITION = re.compile(r"^(?P<what>.*) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")


Text = typing.Annotated[str, Field(min_length=1)]
Colour = typing.Annotated[str, Field(pattern=r"^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]+)$")]


class Strict(BaseModel):
    """Base for every schema: unknown keys are errors and TOML types are not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def read_toml(path: Path, shown: str, max_bytes: int | None = None) -> dict:
    """Parse a TOML file; any failure becomes a ValidationFailed naming `shown` (the path as given)."""
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise ValidationFailed([Problem(shown, "", f"is {path.stat().st_size:,} bytes; the limit is {max_bytes:,} "
                                                       "(limits.max_brief_bytes in config.toml)")])
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ValidationFailed([Problem(shown, "", "is a directory, not a TOML file")]) from None
    except FileNotFoundError:
        raise ValidationFailed([Problem(shown, "", "no such file")]) from None
    except OSError as exc:
        raise ValidationFailed([Problem(shown, "", f"cannot be read ({exc.strerror})")]) from None
    if b"\0" in raw:
        raise ValidationFailed([Problem(shown, "", "is a binary file, not TOML text")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ValidationFailed([Problem(shown, f"line {line}", "is not valid UTF-8 text")]) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationFailed([_toml_problem(shown, str(exc))]) from None


def _toml_problem(shown: str, message: str) -> Problem:
    match = _TOML_POSITION.match(message)
    if not match:
        return Problem(shown, "", f"malformed TOML: {message}")
    what = match["what"][0].lower() + match["what"][1:]
    return Problem(shown, f"line {match['line']}, column {match['col']}", f"malformed TOML: {what}")


def parse(model: type[BaseModel], data: dict, shown: str) -> BaseModel:
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


def did_you_mean(word: str, choices: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.5)
    return f" (did you mean '{close[0]}'?)" if close else ""


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
}


def _problem(model: type[BaseModel], shown: str, err: dict) -> Problem:
    loc, kind = tuple(err["loc"]), err["type"]
    if kind == "extra_forbidden":
        parent, name = loc[:-1], str(loc[-1])
        hint = did_you_mean(name, _fields_at(model, parent))
        return Problem(shown, key_path(loc), f"unknown key{hint}")
    if kind == "missing":
        return Problem(shown, key_path(loc), "field required")
    if kind in _EXPECTED:
        return Problem(shown, key_path(loc), f"{_EXPECTED[kind]}, got {toml_type(err['input'])}")
    if kind == "literal_error":
        return Problem(shown, key_path(loc), f"{err['input']!r} is not one of {err['ctx']['expected']}")
    if kind == "string_pattern_mismatch" and loc[-1] in ("marking_colour",):
        return Problem(shown, key_path(loc), f"expected a colour such as \"#b2182b\" or \"red\", got {err['input']!r}")
    if kind == "string_too_short":
        return Problem(shown, key_path(loc), "must not be empty")
    if kind == "timezone_aware":
        return Problem(shown, key_path(loc), "needs a time zone, e.g. 2025-10-28T06:00:00Z")
    message = err["msg"].removeprefix("Value error, ")
    return Problem(shown, key_path(loc), message[0].lower() + message[1:])


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


def iter_texts(value: object, key: str = "") -> typing.Iterator[tuple[str, str]]:
    """(key path, string) for every string in a model, in field order."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from iter_texts(getattr(value, name), f"{key}.{name}" if key else name)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from iter_texts(item, f"{key}[{index}]")


_ALLOWED_CONTROLS = {"\n", "\t", "\r"}


def text_problems(model: BaseModel, shown: str, max_chars: int) -> list[Problem]:
    """Text fields that are too long, or hold control characters (pasted terminal output, binary junk)."""
    problems = []
    for key, text in iter_texts(model):
        if len(text) > max_chars:
            problems.append(Problem(shown, key, f"is {len(text):,} characters long; the limit is {max_chars:,} "
                                                "(limits.max_text_chars in config.toml)"))
        control = next((c for c in text if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS), None)
        if control is not None:
            problems.append(Problem(shown, key, f"holds the control character U+{ord(control):04X} at position "
                                                f"{text.index(control) + 1}; remove it"))
    return problems
