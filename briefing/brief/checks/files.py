"""The files a brief names: present (B501), and overlay layers that are GeoJSON of their kind (B503) drawn in a
style the workspace defines (B504). CSV files are read, and their problems reported, by the build's data stage."""

from __future__ import annotations

from collections.abc import Iterator

from briefing.brief.checks import Context, rule
from briefing.brief.load import data_files
from briefing.errors import BriefingError, Problem
from briefing.suggest import did_you_mean


@rule
def missing_files(context: Context) -> Iterator[Problem]:
    for key, file in data_files(context.loaded):
        if not (context.loaded.folder / file).is_file():
            yield Problem("B501", context.shown, key, f"no such file: {file}")


@rule
def map_layers(context: Context) -> Iterator[Problem]:
    styles = context.config.map
    for i, layer in context.loaded.items("map.layers"):
        if styles.style(layer.style) is None:
            yield Problem("B504", context.shown, f"map.layers[{i}].style", f"unknown style '{layer.style}'",
                          hint=did_you_mean(layer.style, styles.style_names()))
        path = context.loaded.folder / layer.file
        if path.is_file():  # a missing file is reported by missing_files
            from briefing.brief.geojson import read_features  # Shapely, only for a brief with layers

            try:
                read_features(path, layer.file, layer.kind)
            except BriefingError as error:
                yield Problem("B503", context.shown, f"map.layers[{i}].file", str(error))
