"""Chart-ready frames (figures.marks.chart_frame) → Altair charts, one builder per family of figures.

Every mark carries the same tooltip (value with qualifier, date, place, claimant, publisher, how
many sources agree, the quote, and a note for restated articles) and links to its article. Where
sources disagree a vertical rule spans the reported range behind the mark. Bars are never stacked:
two reports of one day are two figures, not a sum.
"""
from __future__ import annotations

import altair as alt
import pandas as pd

from figures.marks import TOOLTIP_COLUMNS, series_label

WIDTH = "container"
# Vega's "tableau20" hues: places and figure/group/side series often outnumber the default ten.
PALETTE = ("#4c78a8", "#9ecae9", "#f58518", "#ffbf79", "#54a24b", "#88d27a", "#b79a20", "#f2cf5b", "#439894",
           "#83bcb6", "#e45756", "#ff9d98", "#79706e", "#bab0ac", "#d67195", "#fcbfd2", "#b279a2", "#d6a5c9",
           "#9e765f", "#d8b5a5")


def palette_for(values) -> dict:
    """A colour per distinct value, in sorted order: the same place keeps its colour in every chart of a tab."""
    return {v: PALETTE[i % len(PALETTE)] for i, v in enumerate(sorted({str(v) for v in values}))}
HEIGHT = 260
# Clicking a mark opens its article in a new tab rather than replacing the dashboard.
EMBED = {"embedOptions": {"loader": {"target": "_blank"}}}
# Fit the width only: fitting the height too would squeeze the plot to make room for a long legend.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")


def top(chart):
    """Top-level settings: links open in a new tab; charts fit the container's width only."""
    return chart.properties(usermeta=EMBED, autosize=FIT_WIDTH)


def tooltips() -> list[alt.Tooltip]:
    return [alt.Tooltip("metric_label:N", title="Figure")] + [alt.Tooltip(f"{c}:N", title=c) for c in TOOLTIP_COLUMNS]


def dated(frame: pd.DataFrame) -> pd.DataFrame:
    """Only the marks that can sit on a time axis."""
    return frame[frame["event_date"].notna()]


def _x(days=None, title: str = "Date") -> alt.X:
    """The time axis; `days` (first, last) fixes its range so the charts of one tab line up."""
    scale = alt.Scale()
    if days and days[0] and days[1]:
        scale = alt.Scale(domain=[alt.DateTime(year=d.year, month=d.month, date=d.day) for d in days])
    return alt.X("event_date:T", title=title, axis=alt.Axis(format="%Y-%m-%d", labelAngle=-30), scale=scale)


def timeline(frame: pd.DataFrame, *, color: str, color_title: str, y_title: str, title: str,
             mark: str = "point", shape: str | None = None, percent: bool = False, days=None,
             colors: dict | None = None) -> alt.LayerChart:
    """One layer of range rules (where sources differ) under one layer of marks, coloured by `color`
    (with `colors`, a value → colour map shared by several charts)."""
    # Larger values first: overlapping bars are drawn in data order, so the smaller ones stay visible on top.
    used = ["event_date", "value", "min", "max", "url", "place", "metric_label", "cumulative", *TOOLTIP_COLUMNS,
            color, *([shape] if shape else [])]
    data = dated(frame)[list(dict.fromkeys(used))].sort_values("value", ascending=False)
    # Legends above the plot: every plot of a tab then gets the full width, so their date axes line up.
    legend = alt.Legend(orient="top", direction="horizontal", columns=3, labelLimit=230, symbolLimit=60,
                        titleOrient="top")
    # Data on the layer, not on each sub-chart: one copy in the spec, and Altair need not merge them.
    colors = colors or palette_for(data[color])
    present = sorted({str(v) for v in data[color]})
    scale = alt.Scale(domain=present, range=[colors.get(v, PALETTE[-1]) for v in present])
    base = alt.Chart().encode(x=_x(days), color=alt.Color(f"{color}:N", title=color_title, legend=legend,
                                                      scale=scale))
    y_scale = alt.Scale(domain=[0, 100]) if percent else alt.Scale(zero=True)
    y = alt.Y("value:Q", title=y_title, scale=y_scale, stack=None)
    ranges = base.transform_filter("datum.max > datum.min").mark_rule(strokeWidth=2, opacity=0.6).encode(
        y=alt.Y("min:Q", title=y_title, scale=y_scale), y2="max:Q", tooltip=tooltips())
    if mark == "bar":
        main = base.mark_bar(opacity=0.75, size=6)
    elif mark == "line":
        main = base.mark_line(point=True, interpolate="step-after")
    else:
        main = base.mark_point(filled=True, size=60, opacity=0.85)
    encoding = {"y": y, "tooltip": tooltips(), "href": alt.Href("url:N")}
    if mark == "line":
        encoding["detail"] = alt.Detail("place:N")
    if shape:
        encoding["shape"] = alt.Shape(f"{shape}:N", title="figure", legend=alt.Legend(orient="top", titleOrient="left"))
    main = main.encode(**encoding)
    return alt.layer(ranges, main, data=data).properties(title=title, width=WIDTH, height=HEIGHT)


def rate_chart(rates: pd.DataFrame, title: str, days=None) -> alt.Chart | None:
    """Share intercepted (%) per attack day: shot down / launched."""
    if rates.empty:
        return None
    data = rates.assign(
        Launched=rates["launched"].map("{:,.0f}".format), **{"Shot down": rates["shot_down"].map("{:,.0f}".format)},
        Rate=rates["rate"].map("{:.1f}%".format), Date=rates["event_date"].dt.strftime("%Y-%m-%d"))
    # Points, not a line: attack days are irregular, a line would invent values between them.
    return top(alt.Chart(data).mark_circle(size=60, color="#2a9d8f").encode(
        x=_x(days), y=alt.Y("rate:Q", title="shot down (%)", scale=alt.Scale(domain=[0, 100], clamp=True)),
        tooltip=[alt.Tooltip("Date:N"), alt.Tooltip("Launched:N"), alt.Tooltip("Shot down:N"), alt.Tooltip("Rate:N")],
    ).properties(title=title, width=WIDTH, height=150))


def air_chart(frame: pd.DataFrame, weapon: str, national: bool, days=None) -> alt.LayerChart | None:
    """Launched vs shot down for one weapon (missiles or drones), national figures or regional ones."""
    data = dated(frame)
    colors = palette_for(data["place"])
    data = data[data["metric"].str.startswith(weapon) & (data["unit"] == "count") & ~data["cumulative"]]
    if data.empty:
        return None
    scope = "Ukraine-wide" if national else "by region"
    if national:
        return top(timeline(data, color="metric_label", color_title="figure", y_title=weapon, mark="bar",
                            title=f"{weapon.capitalize()} launched vs shot down, {scope}", days=days))
    return top(timeline(data, color="place", color_title="place", shape="metric_label", y_title=weapon,
                        title=f"{weapon.capitalize()} launched vs shot down, {scope}", days=days, colors=colors))


def air_running_chart(frame: pd.DataFrame, days=None) -> alt.LayerChart | None:
    """Running totals of air-defence figures (e.g. missiles shot down since the invasion), one line per series."""
    data = dated(frame)
    data = data[data["cumulative"] & (data["unit"] == "count")]
    if data.empty:
        return None
    data = data.assign(series=series_label(data, ["metric_label", "place"]))
    return top(timeline(data, color="series", color_title="figure · place", mark="line", y_title="running total",
                        title="Running totals (as of each date)", days=days))


def casualty_chart(frame: pd.DataFrame, cumulative: bool, days=None) -> alt.LayerChart | None:
    """Killed and injured by group and side: single events as bars, running totals as lines."""
    data = dated(frame)
    data = data.assign(series=series_label(data, ["metric_label", "group", "side"]))
    colors = palette_for(data["series"])
    data = data[data["cumulative"] == cumulative]
    if data.empty:
        return None
    if cumulative:
        chart = timeline(data, color="series", color_title="figure · group · side", mark="line", y_title="people",
                         title="Running totals (as of each date)", days=days, colors=colors)
    else:
        chart = timeline(data, color="series", color_title="figure · group · side", mark="bar", y_title="people",
                         title="Single events (one attack, day or period)", days=days, colors=colors)
    return top(chart)


def place_chart(frame: pd.DataFrame, metric: str, unit: str, title: str, y_title: str,
                days=None) -> alt.LayerChart | None:
    """One metric in one unit, one colour per place (displacement and power)."""
    data = dated(frame)
    colors = palette_for(data["place"])
    data = data[(data["metric"] == metric) & (data["unit"] == unit)]
    if data.empty:
        return None
    return top(timeline(data, color="place", color_title="place", y_title=y_title, title=title,
                        percent=unit == "percent", days=days, colors=colors))
