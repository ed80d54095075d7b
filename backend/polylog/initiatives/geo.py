"""The map: initiatives in a bounding box as GeoJSON, clustered on a grid when zoomed out.

The grid is fixed to the world (cells of 360° / 2^zoom / 6), not to the
viewport, so clusters stay put while the map pans. Cells holding one
initiative are sent as that initiative; below ``POINTS_UP_TO`` initiatives in
view, or from zoom ``FULL_DETAIL_ZOOM`` on, every initiative is its own point.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from typing import Literal

from pydantic import BaseModel
from sqlalchemy.orm import Session

from polylog.core.errors import ValidationFailed
from polylog.core.i18n import current_language
from polylog.core.i18n import gettext as _
from polylog.core.translations import pick_language
from polylog.initiatives import repository
from polylog.initiatives.repository import InitiativeFilters

CELLS_PER_TILE = 6
POINTS_UP_TO = 300
FULL_DETAIL_ZOOM = 15
MAX_ZOOM = 20
WORLD_CACHE_UP_TO_ZOOM = 7

BBox = tuple[float, float, float, float]
Cell = tuple[int, float, float, int]
WORLD: BBox = (-180.0, -90.0, 180.0, 90.0)


class PointGeometry(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: tuple[float, float]


class FeatureProperties(BaseModel):
    kind: Literal["initiative", "cluster"]
    count: int
    id: int | None = None
    title: str | None = None
    language: str | None = None
    city: str | None = None
    status: str | None = None
    sdgs: list[int] | None = None


class Feature(BaseModel):
    type: Literal["Feature"] = "Feature"
    geometry: PointGeometry
    properties: FeatureProperties


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[Feature]
    total: int
    zoom: int
    clustered: bool


def parse_bbox(raw: str | None) -> BBox:
    if raw is None:
        return (-180.0, -90.0, 180.0, 90.0)
    try:
        min_lng, min_lat, max_lng, max_lat = (float(part) for part in raw.split(","))
    except ValueError:
        raise ValidationFailed.on_field(
            "bbox", _("Give the box as minLng,minLat,maxLng,maxLat.")
        ) from None
    values_ok = all(math.isfinite(v) for v in (min_lng, min_lat, max_lng, max_lat))
    if not values_ok or not (-180 <= min_lng < max_lng <= 180 and -90 <= min_lat < max_lat <= 90):
        raise ValidationFailed.on_field("bbox", _("Give the box as minLng,minLat,maxLng,maxLat."))
    return (min_lng, min_lat, max_lng, max_lat)


def zoom_for(bbox: BBox) -> int:
    width = bbox[2] - bbox[0]
    return max(0, min(MAX_ZOOM, round(math.log2(360 / width))))


class _WorldCells:
    """Whole-world grid cells per (filters, zoom), reused until any initiative changes.

    Zoomed out, a view covers most initiatives, so aggregating them is the cost;
    the grid is fixed to the world, so one aggregation serves every pan. The
    fingerprint query (row count and latest change) keeps each worker's copy
    exact without any cross-process invalidation.
    """

    def __init__(self, size: int = 64) -> None:
        self._entries: OrderedDict[tuple[object, ...], list[Cell]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, session: Session, filters: InitiativeFilters, zoom: int) -> list[Cell]:
        key = (filters.cache_key(), zoom, repository.map_fingerprint(session))
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        cells = repository.map_cells(session, filters, bbox=WORLD, cell_size=cell_size_for(zoom))
        with self._lock:
            self._entries[key] = cells
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
        return cells


_world_cells = _WorldCells()


def cell_size_for(zoom: int) -> float:
    return 360.0 / float(2**zoom) / CELLS_PER_TILE


def _cells_in(session: Session, filters: InitiativeFilters, bbox: BBox, zoom: int) -> list[Cell]:
    if zoom > WORLD_CACHE_UP_TO_ZOOM:
        return repository.map_cells(session, filters, bbox=bbox, cell_size=cell_size_for(zoom))
    min_lng, min_lat, max_lng, max_lat = bbox
    return [
        cell
        for cell in _world_cells.get(session, filters, zoom)
        if min_lat <= cell[1] <= max_lat and min_lng <= cell[2] <= max_lng
    ]


def features(
    session: Session, *, filters: InitiativeFilters, bbox: BBox, zoom: int | None
) -> FeatureCollection:
    zoom = zoom_for(bbox) if zoom is None else zoom
    cells = _cells_in(session, filters, bbox, zoom)
    total = sum(count for count, *_ in cells)
    if total <= POINTS_UP_TO or zoom >= FULL_DETAIL_ZOOM:
        single_ids = repository.ids_in_box(session, filters, bbox=bbox)
        clusters: list[Cell] = []
    else:
        single_ids = [first for count, _lat, _lng, first in cells if count == 1]
        clusters = [cell for cell in cells if cell[0] > 1]

    language = current_language()
    points = [
        Feature(
            geometry=PointGeometry(coordinates=(item.longitude or 0.0, item.latitude or 0.0)),
            properties=FeatureProperties(
                kind="initiative",
                count=1,
                id=item.id,
                title=item.translations[shown].title,
                language=shown,
                city=item.city.slug,
                status=item.status.value,
                sdgs=item.sdgs,
            ),
        )
        for item in repository.points(session, single_ids)
        for shown in [
            pick_language(item.translations, requested=language, original=item.original_language)
        ]
    ]
    grouped = [
        Feature(
            geometry=PointGeometry(coordinates=(round(lng, 6), round(lat, 6))),
            properties=FeatureProperties(kind="cluster", count=count),
        )
        for count, lat, lng, _first in clusters
    ]
    return FeatureCollection(
        features=grouped + points, total=total, zoom=zoom, clustered=bool(clusters)
    )
