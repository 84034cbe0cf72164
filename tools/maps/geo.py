"""Geographic data for the Điện Biên Phủ exhibit maps.

Coordinates come from /work/shared/guide/facts.md §4 where it gives them.
Everything else (coastlines, borders, rivers, strongpoint layout) is
SCHEMATIC: hand-placed from general knowledge to be recognisable, not
surveyed.  See assets/dien-bien-phu/LICENCE-art.md.
"""

from __future__ import annotations

import math

# ---------------------------------------------------------------- region map
# (lat, lon). Flags: approx=True where facts.md marks the value approximate.
PLACES = {
    "dien-bien-phu": dict(name="Điện Biên Phủ", lat=21.38694, lon=103.01556, approx=False),
    "ha-noi": dict(name="Hà Nội", lat=21.028, lon=105.854, approx=False),
    "lai-chau": dict(name="Lai Châu · Mường Lay", lat=22.05, lon=103.15, approx=True),
    "na-san": dict(name="Nà Sản", lat=21.22, lon=104.03, approx=True),
    "son-la": dict(name="Sơn La", lat=21.33, lon=103.91, approx=True),
    "luang-prabang": dict(name="Luang Prabang", lat=19.883, lon=102.133, approx=False),
}
# Places that get a dashed distance line from Điện Biên Phủ.  (Sơn La lies almost
# on the line to Nà Sản, so its distance is printed but not drawn.)
DISTANCE_LINES = ["ha-noi", "lai-chau", "na-san", "luang-prabang"]

# Schematic Gulf of Tonkin coastline, south to north (lat, lon).
COAST = [
    (19.15, 105.74),
    (19.45, 105.80),
    (19.74, 105.91),
    (19.92, 106.08),
    (20.05, 106.22),
    (20.22, 106.50),
    (20.45, 106.62),
    (20.68, 106.76),
    (20.85, 106.80),
    (20.92, 106.98),
    (21.00, 107.10),
    (21.12, 107.30),
    (21.30, 107.50),
]
# Schematic Vietnam–Laos border, north (China tripoint) to south.
BORDER_VN_LA = [
    (22.40, 102.14),
    (22.22, 102.32),
    (22.00, 102.45),
    (21.80, 102.58),
    (21.62, 102.66),
    (21.45, 102.84),
    (21.30, 102.87),
    (21.12, 102.90),
    (20.95, 103.05),
    (20.82, 103.30),
    (20.74, 103.62),
    (20.78, 103.95),
    (20.62, 104.22),
    (20.42, 104.42),
    (20.22, 104.62),
    (20.05, 104.52),
    (19.85, 104.22),
    (19.62, 104.05),
    (19.45, 104.02),
    (19.15, 103.95),
]
# Schematic borders with China (Vietnam–China and Laos–China), from the tripoint.
BORDER_VN_CN = [
    (22.40, 102.14),
    (22.62, 102.40),
    (22.72, 102.80),
    (22.60, 103.20),
    (22.70, 103.50),
    (22.52, 103.96),
    (22.75, 104.30),
    (22.95, 104.60),
    (23.10, 104.80),
]
BORDER_LA_CN = [
    (22.40, 102.14),
    (22.10, 101.85),
    (21.75, 101.75),
    (21.45, 101.80),
    (21.20, 101.70),
    (21.25, 101.35),
    (21.40, 101.15),
    (21.60, 100.90),
    (21.70, 100.60),
]
# Schematic rivers (lat, lon), upstream to downstream.
RED_RIVER = [
    (23.05, 103.30),
    (22.80, 103.55),
    (22.50, 103.97),
    (22.20, 104.30),
    (21.95, 104.60),
    (21.72, 104.87),
    (21.50, 105.18),
    (21.30, 105.42),
    (21.12, 105.72),
    (21.03, 105.86),
    (20.85, 106.02),
    (20.62, 106.25),
    (20.42, 106.45),
    (20.28, 106.56),
]
DA_RIVER = [
    (22.95, 102.15),
    (22.75, 102.35),
    (22.55, 102.60),
    (22.38, 102.83),
    (22.18, 103.05),
    (22.05, 103.15),
    (21.88, 103.42),
    (21.72, 103.62),
    (21.55, 103.88),
    (21.42, 104.08),
    (21.28, 104.38),
    (21.15, 104.65),
    (20.98, 104.98),
    (20.82, 105.30),
    (21.00, 105.36),
    (21.18, 105.40),
    (21.30, 105.42),
]
# Nậm Rốm → Nậm Núa → Nam Ou → Mekong (the valley route to Luang Prabang).
NAM_ROM_OU = [
    (21.62, 103.00),
    (21.39, 103.02),
    (21.20, 103.02),
    (21.05, 102.85),
    (21.08, 102.52),
    (20.85, 102.58),
    (20.57, 102.61),
    (20.35, 102.45),
    (20.15, 102.30),
    (20.05, 102.22),
]
MEKONG = [
    (20.25, 100.90),
    (20.05, 101.25),
    (19.95, 101.60),
    (20.05, 101.95),
    (20.05, 102.22),
    (19.89, 102.14),
    (19.70, 102.05),
    (19.45, 101.85),
    (19.15, 101.75),
]
# Relief: broad mountain ranges as (lat, lon) centre lines with a half width in degrees.
RANGES = [
    ([(22.55, 103.40), (22.30, 103.78), (21.95, 104.15), (21.60, 104.55), (21.30, 104.95)], 0.22),  # Hoàng Liên Sơn
    (
        [
            (22.60, 102.40),
            (22.10, 102.75),
            (21.70, 103.20),
            (21.30, 103.55),
            (20.95, 104.10),
            (20.60, 104.70),
            (20.25, 105.20),
        ],
        0.35,
    ),
    ([(22.00, 101.70), (21.40, 102.30), (20.90, 102.95), (20.40, 103.60), (19.90, 104.10)], 0.40),
    ([(21.20, 101.40), (20.60, 101.80), (20.00, 102.60), (19.50, 103.30)], 0.40),
    ([(22.80, 104.40), (22.50, 104.90), (22.20, 105.30), (21.90, 105.70), (21.60, 106.10)], 0.30),
]
# Red River delta (kept free of hatching).
DELTA = [
    (21.45, 105.30),
    (21.35, 105.70),
    (21.25, 106.10),
    (21.10, 106.50),
    (20.95, 106.95),
    (20.55, 106.70),
    (20.05, 106.20),
    (19.85, 105.95),
    (20.20, 105.75),
    (20.60, 105.55),
    (21.00, 105.40),
]


def haversine_km(lat1, lon1, lat2, lon2, r=6371.0):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def bearing_deg(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


# ---------------------------------------------------------------- valley map
# Local frame: kilometres east (x) and north (y) of de Castries' HQ.
# facts.md gives only RELATIVE positions; distances below are schematic.
# The airstrip axis follows the old runway 16/34 (≈340°) and its centre sits
# ≈1.1 km N, 0.8 km W of the battle reference point, as the facts sheet's two
# coordinates (battle reference point vs. old airport reference point) imply.
AIRSTRIP = [(-0.55, 0.40), (-0.95, 1.50)]  # south end, north end
ISABELLE_STRIP = [(-0.25, -5.45), (-0.40, -4.75)]

STRONGPOINTS = {
    # id: (x_km, y_km, label, label_dx_px, label_dy_px, anchor, kind)
    "beatrice": (1.95, 1.95, "Béatrice · Him Lam", 0, -26, "middle", "major"),
    "gabrielle": (-0.55, 3.05, "Gabrielle · Độc Lập", 0, -24, "middle", "major"),
    "anne-marie": (-1.95, 1.95, "Anne-Marie · Bản Kéo", 0, -24, "middle", "major"),
    "huguette-7": (-1.40, 1.80, "H7", -12, 6, "end", "minor"),
    "huguette-6": (-1.00, 1.70, "Huguette 6", -4, -16, "middle", "major"),
    "huguette-1": (-1.30, 1.28, "H1", -12, 6, "end", "minor"),
    "huguette-2": (-1.20, 1.00, "H2", -12, 6, "end", "minor"),
    "huguette-3": (-1.10, 0.72, "H3", -12, 6, "end", "minor"),
    "huguette-4": (-1.02, 0.46, "H4", -12, 6, "end", "minor"),
    "huguette-5": (-0.95, 0.22, "H5", -12, 6, "end", "minor"),
    "epervier": (-0.22, 0.62, "Épervier", 14, 6, "start", "major"),
    "francoise": (-1.75, 0.00, "Françoise", 0, 30, "middle", "major"),
    "lily": (-0.85, -0.25, "Lily", 0, 30, "middle", "major"),
    "headquarters": (0.00, 0.00, "de Castries", -14, -14, "end", "hq"),
    "junon": (0.12, -0.24, "Junon", 14, 22, "start", "major"),
    "claudine": (-0.22, -0.62, "Claudine", 0, 30, "middle", "major"),
    "dominique": (0.95, 0.85, "Dominique", 16, -10, "start", "major"),
    "eliane-2": (0.50, 0.00, "Éliane 2 · A1", 16, -10, "start", "major"),
    "eliane": (0.95, -0.40, "Éliane", 16, 8, "start", "major"),
    "isabelle": (0.05, -5.00, "Isabelle · Hồng Cúm", 18, 6, "start", "major"),
}
GROUP_HOTSPOTS = {
    # Hotspots for groups / lines, not drawn as markers.
    "huguette": (-1.12, 0.85),
    "airstrip": (-0.75, 0.95),
}
BRIDGE = (0.27, 0.12)

# Nậm Rốm, north to south (km).  Passes east of the airstrip and the HQ,
# west of the Dominique/Éliane hills, then by Isabelle.
NAM_ROM = [
    (0.55, 7.5),
    (0.30, 6.0),
    (0.05, 4.9),
    (0.22, 3.8),
    (0.05, 2.9),
    (0.30, 2.1),
    (0.18, 1.30),
    (0.30, 0.60),
    (0.27, 0.12),
    (0.32, -0.45),
    (0.20, -1.20),
    (0.42, -2.00),
    (0.25, -2.90),
    (0.45, -3.80),
    (0.30, -4.50),
    (0.35, -5.20),
    (0.55, -6.00),
    (0.40, -7.0),
    (0.55, -8.0),
]
# RP41 from Tuần Giáo (NE) past Béatrice to the bridge, then south to Isabelle.
RP41 = [
    (4.8, 5.2),
    (3.9, 3.9),
    (2.9, 2.8),
    (1.95, 1.95),
    (1.20, 1.45),
    (0.62, 0.80),
    (0.27, 0.12),
]
ROAD_SOUTH = [
    (0.27, 0.12),
    (0.05, -0.45),
    (-0.05, -1.30),
    (0.05, -2.30),
    (-0.05, -3.40),
    (0.0, -4.40),
    (0.05, -5.00),
    (0.10, -6.20),
    (0.15, -7.0),
]
# Track north to Lai Châu (the Pavie track), past Gabrielle.
ROAD_NORTH = [
    (-0.30, 0.20),
    (-0.35, 1.00),
    (-0.40, 1.80),
    (-0.45, 2.50),
    (-0.55, 3.05),
    (-0.50, 3.80),
    (-0.35, 4.80),
    (-0.30, 6.0),
]


def valley_floor_edges(y):
    """West and east edge (km) of the flat valley floor at northing y (schematic:
    ≈18 km N–S, 5–7 km wide, widest around the main position)."""
    west = -3.75 - 0.25 * math.sin(y * 0.9 + 0.4) + 0.03 * (y + 2) ** 2 * 0.12
    east = 1.55 + 0.35 * math.sin(y * 0.7 - 0.6) + 0.04 * max(0, y - 2.5) ** 2
    if y > 3.5:
        west += (y - 3.5) * 0.45
    return west, east


# Hills: (x, y, height_100m, radius_km) Gaussian bumps added to the terrain.
HILLS = [
    (-0.60, 3.05, 1.0, 0.30),  # Gabrielle / Độc Lập, isolated
    (-0.40, 3.35, 0.6, 0.25),
    (-1.95, 2.00, 0.8, 0.35),  # Anne-Marie / Bản Kéo crescent
    (-2.25, 1.75, 0.6, 0.30),
    (1.95, 2.00, 2.4, 0.45),  # Béatrice / Him Lam
    (2.35, 2.30, 2.6, 0.55),
    (0.95, 0.90, 1.5, 0.30),  # Dominique
    (1.20, 1.25, 1.7, 0.35),
    (0.60, 1.30, 0.8, 0.22),
    (0.52, 0.00, 0.7, 0.18),  # Éliane 2 / A1
    (0.85, 0.25, 0.9, 0.22),  # Éliane 1
    (1.00, -0.40, 0.8, 0.25),  # Éliane 4 and others
    (1.45, -0.10, 1.4, 0.45),
    (-3.30, -3.60, 0.9, 0.45),
    (-3.00, -3.10, 0.6, 0.30),
    (1.40, -3.00, 1.6, 0.6),
]


def terrain_height(x, y):
    """Height above the valley floor, in hundreds of metres (schematic)."""
    w, e = valley_floor_edges(y)
    h = 0.0
    if x < w:
        d = w - x
        h += 3.2 * d + 0.6 * math.sin(y * 2.1 + x * 1.3) * min(d, 1.0) + 0.4 * math.sin(y * 3.7) * min(d, 1)
    if x > e:
        d = x - e
        h += 3.6 * d + 0.7 * math.sin(y * 1.7 - x * 2.0) * min(d, 1.0) + 0.4 * math.cos(y * 3.1 + 1) * min(d, 1)
    for hx, hy, hh, hr in HILLS:
        r2 = ((x - hx) ** 2 + (y - hy) ** 2) / (hr * hr)
        if r2 < 12:
            h += hh * math.exp(-r2)
    return h


# ---------------------------------------------------------------- Africa
# Simplified coastline (lat, lon), clockwise from Tangier.
AFRICA_COAST = [
    (35.78, -5.81),
    (35.45, -2.9),
    (35.70, -0.63),
    (36.50, 1.5),
    (36.75, 3.06),
    (36.90, 5.8),
    (36.90, 7.76),
    (37.30, 9.85),
    (36.85, 11.05),
    (35.80, 10.6),
    (34.74, 10.76),
    (33.88, 10.10),
    (33.20, 11.50),
    (32.90, 13.18),
    (32.40, 15.10),
    (31.20, 16.60),
    (30.40, 18.60),
    (30.40, 19.60),
    (31.40, 20.00),
    (32.10, 20.07),
    (32.90, 21.80),
    (32.77, 22.64),
    (32.08, 23.96),
    (31.60, 25.10),
    (31.35, 27.30),
    (31.20, 29.90),
    (31.50, 31.40),
    (31.26, 32.30),
    (29.97, 32.55),
    (28.20, 33.40),
    (27.26, 33.80),
    (23.90, 35.80),
    (22.00, 36.90),
    (19.60, 37.20),
    (17.50, 38.60),
    (15.60, 39.45),
    (14.00, 41.40),
    (13.00, 42.74),
    (11.60, 43.15),
    (11.20, 44.20),
    (10.44, 45.00),
    (11.30, 48.50),
    (11.83, 51.28),
    (10.40, 51.40),
    (8.00, 50.00),
    (5.35, 48.50),
    (2.04, 45.34),
    (-0.36, 42.54),
    (-2.30, 40.60),
    (-4.05, 39.67),
    (-6.80, 39.28),
    (-8.80, 39.40),
    (-10.70, 40.60),
    (-15.00, 40.70),
    (-16.80, 39.20),
    (-17.90, 36.90),
    (-19.80, 34.85),
    (-21.30, 35.30),
    (-23.87, 35.40),
    (-25.10, 33.50),
    (-25.97, 32.60),
    (-28.80, 32.20),
    (-29.86, 31.03),
    (-31.60, 29.40),
    (-33.00, 27.90),
    (-33.96, 25.60),
    (-34.10, 23.00),
    (-34.83, 20.00),
    (-34.40, 18.80),
    (-33.92, 18.42),
    (-32.00, 18.20),
    (-28.60, 16.45),
    (-26.65, 15.15),
    (-22.95, 14.50),
    (-19.00, 12.60),
    (-15.20, 12.15),
    (-12.58, 13.40),
    (-8.84, 13.23),
    (-6.00, 12.30),
    (-4.78, 11.85),
    (-2.50, 9.90),
    (-0.60, 8.75),
    (0.39, 9.45),
    (2.40, 9.80),
    (3.90, 9.60),
    (4.40, 8.60),
    (4.30, 6.00),
    (5.50, 4.90),
    (6.45, 3.40),
    (6.37, 2.42),
    (6.13, 1.22),
    (5.56, -0.20),
    (4.74, -2.09),
    (5.15, -3.50),
    (5.30, -4.00),
    (5.00, -6.50),
    (4.37, -7.70),
    (6.30, -10.80),
    (7.50, -12.50),
    (8.48, -13.23),
    (9.50, -13.70),
    (10.70, -15.00),
    (11.86, -15.60),
    (12.60, -16.70),
    (14.70, -17.50),
    (16.00, -16.50),
    (18.08, -16.05),
    (19.50, -16.40),
    (20.90, -17.05),
    (23.70, -15.95),
    (26.10, -14.50),
    (27.90, -12.90),
    (28.90, -10.70),
    (30.40, -9.60),
    (31.50, -9.77),
    (32.50, -9.20),
    (33.60, -7.60),
    (34.02, -6.84),
    (35.00, -6.30),
]
MADAGASCAR = [
    (-11.95, 49.26),
    (-13.40, 50.00),
    (-15.50, 50.40),
    (-18.15, 49.40),
    (-21.00, 48.50),
    (-23.30, 47.70),
    (-25.03, 46.98),
    (-25.60, 45.15),
    (-24.80, 43.80),
    (-23.35, 43.67),
    (-21.50, 43.40),
    (-20.30, 44.28),
    (-18.00, 44.00),
    (-16.20, 44.50),
    (-15.72, 46.32),
    (-14.50, 47.60),
    (-13.50, 48.20),
]
# Capitals of former French colonies (approximate, decimal degrees).
AFRICA_CAPITALS = {
    "morocco": ("Rabat", 34.02, -6.84),
    "tunisia": ("Tunis", 36.81, 10.18),
    "algeria": ("Algiers", 36.75, 3.06),
    "guinea": ("Conakry", 9.64, -13.58),
    "senegal": ("Dakar", 14.69, -17.44),
    "mali": ("Bamako", 12.64, -8.00),
    "niger": ("Niamey", 13.51, 2.11),
    "burkina-faso": ("Ouagadougou", 12.37, -1.52),
    "cote-divoire": ("Abidjan", 5.36, -4.01),
    "benin": ("Porto-Novo", 6.50, 2.60),
    "togo": ("Lomé", 6.13, 1.22),
    "mauritania": ("Nouakchott", 18.08, -15.98),
    "cameroon": ("Yaoundé", 3.87, 11.52),
    "central-african-republic": ("Bangui", 4.36, 18.56),
    "congo": ("Brazzaville", -4.27, 15.28),
    "gabon": ("Libreville", 0.42, 9.47),
    "chad": ("N'Djamena", 12.13, 15.06),
    "madagascar": ("Antananarivo", -18.88, 47.51),
}
# Small coastal states whose markers are pulled out to sea on a leader line
# (the hotspot is at the pulled-out marker so it can be tapped).
AFRICA_CALLOUTS = {
    "togo": (1.6, -1.2),
    "benin": (1.6, 3.4),
}
