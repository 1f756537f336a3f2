"""The files a brief names: present (B501), inside the brief's folder and within limits (B506), and overlay
layers that are GeoJSON of their kind (B503) drawn in a style the workspace defines (B504). CSV files are read,
and their problems reported, by the build's data stage."""

from __future__ import annotations

from collections.abc import Iterator

from briefing.brief import contained
from briefing.brief.checks import Context, rule
from briefing.brief.load import data_files
from briefing.errors import BriefingError, Problem
from briefing.suggest import did_you_mean


@rule
def contained_files(context: Context) -> Iterator[Problem]:
    """Every named file exists (B501), inside the brief's folder, regular and within limits.max_file_bytes (B506)."""
    for key, file in data_files(context.loaded):
        try:
            contained.locate(context.loaded.folder, file, context.config.limits.max_file_bytes)
        except contained.Refused as refused:
            yield Problem(refused.code, context.shown, key, str(refused))


@rule
def map_layers(context: Context) -> Iterator[Problem]:
    styles = context.config.map
    for i, layer in context.loaded.items("map.layers"):
        if styles.style(layer.style) is None:
            yield Problem("B504", context.shown, f"map.layers[{i}].style", f"unknown style '{layer.style}'",
                          hint=did_you_mean(layer.style, styles.style_names()))
        if readable(context, layer.file):  # else reported by contained_files
            from briefing.brief.geojson import read_features  # Shapely, only for a brief with layers

            try:
                read_features(context.loaded.folder, layer.file, context.config.limits, layer.kind)
            except BriefingError as error:
                yield Problem("B503", context.shown, f"map.layers[{i}].file", str(error))


def readable(context: Context, file: str) -> bool:
    try:
        contained.locate(context.loaded.folder, file, context.config.limits.max_file_bytes)
    except contained.Refused:
        return False
    return True
