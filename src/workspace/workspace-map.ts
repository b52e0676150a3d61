import { geoCircle, geoMercator, geoPath, GeoPath, GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import type { Feature, Geometry, Point } from 'geojson';
import { readFileSync } from 'node:fs';
import { mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection } from 'topojson-specification';
import { LRUCache } from 'lru-cache';

/** A place the viewer works from, with the radius (km) it serves. */
export interface MapLocation {
  lat: number;
  lng: number;
  radiusKm: number;
  label: string;
}

/** Orders grouped by their area (postal code or city), drawn at the area's point with a size for the count. */
export interface MapArea {
  lat: number;
  lng: number;
  count: number;
  label: string;
}

export interface MapInput {
  /** Names the map for screen readers ("Your locations and the board's orders"). */
  title: string;
  locations: MapLocation[];
  areas: MapArea[];
  width?: number;
  height?: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;
/** Detail finer than this many square pixels is dropped: invisible at the drawn size, and it is most of the bytes. */
const MIN_AREA_PX = 2;
/** The lower 48 states, for a map with nothing on it yet. */
const LOWER_48: GeoPermissibleObjects = {
  type: 'MultiPoint',
  coordinates: [
    [-124.7, 24.5],
    [-66.9, 49.4],
  ],
};

// US states from the Census Bureau's 1:10,000,000 cartographic boundaries (us-atlas), pre-weighted once so each
// map keeps only the detail its scale shows.
const atlas = presimplify(JSON.parse(readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8')) as Parameters<typeof presimplify>[0]);

type Line = { coordinates: number[][]; west: number; south: number; east: number; north: number };
type Lines = { borders: Line[]; coast: Line[] };

/** State borders and coastline kept at a detail level; built once per power of two, so zooming costs nothing. */
const detailLevels = new Map<number, Lines>();

const withBounds = (coordinates: number[][]): Line => {
  const lngs = coordinates.map((c) => c[0]);
  const lats = coordinates.map((c) => c[1]);
  return { coordinates, west: Math.min(...lngs), east: Math.max(...lngs), south: Math.min(...lats), north: Math.max(...lats) };
};

/** Lines cut into short runs, so a regional map projects only the runs inside its view, not whole coastlines. */
const CHUNK_POINTS = 48;
const chunks = (line: number[][]): Line[] => {
  const runs: Line[] = [];
  for (let start = 0; start < line.length - 1; start += CHUNK_POINTS) runs.push(withBounds(line.slice(start, start + CHUNK_POINTS + 1)));
  return runs;
};

// Levels outside these keep the same points (every weighted point, or only the arcs' ends), so the same lines.
const weights = atlas.arcs
  .flat()
  .map((point) => point[2])
  .filter((weight) => weight > 0 && Number.isFinite(weight));
const FINEST_LEVEL = Math.floor(Math.log2(Math.min(...weights)));
const COARSEST_LEVEL = Math.ceil(Math.log2(Math.max(...weights)));

function linesAtDetail(minWeight: number): Lines {
  const level = Math.min(COARSEST_LEVEL, Math.max(FINEST_LEVEL, Math.round(Math.log2(minWeight))));
  let lines = detailLevels.get(level);
  if (!lines) {
    const topology = simplify(atlas, 2 ** level);
    const states = topology.objects.states as GeometryCollection;
    lines = {
      borders: mesh(topology, states, (a, b) => a !== b).coordinates.flatMap(chunks),
      coast: mesh(topology, states, (a, b) => a === b).coordinates.flatMap(chunks),
    };
    detailLevels.set(level, lines);
  }
  return lines;
}

/**
 * Builds every detail level now (a few ms each): built on first use instead, the first map at a new zoom (a board
 * whose orders moved after a bid, a dealer list with one more dealer) paid for simplifying the whole atlas.
 * Called once while the HTTP app starts.
 */
export function prepareMapDetail(): void {
  for (let level = COARSEST_LEVEL; level >= FINEST_LEVEL; level--) linesAtDetail(2 ** level);
}

/** How many detail levels are built and how many there are. */
export const mapDetailLevels = (): { built: number; all: number } => ({ built: detailLevels.size, all: COARSEST_LEVEL - FINEST_LEVEL + 1 });

/** Only the lines that reach into the view: projecting and clipping the rest is most of a map's time. */
function inView(lines: Line[], view: { west: number; south: number; east: number; north: number }): GeoPermissibleObjects {
  const kept = lines.filter((l) => l.east >= view.west && l.west <= view.east && l.north >= view.south && l.south <= view.north);
  return { type: 'MultiLineString', coordinates: kept.map((l) => l.coordinates) };
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

const circle = (lat: number, lng: number, km: number) =>
  geoCircle()
    .center([lng, lat])
    .radius(km / KM_PER_DEGREE)();

// Label text is 12px system-ui bold: about this many pixels per character, and this tall.
const CHAR_PX = 7;
const LINE_PX = 14;

interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/**
 * Where each marker's label goes: the first of four spots around it (right above, right below, left above, left
 * below) that stays inside the frame and overlaps no label placed before nor another marker. A label with no such
 * spot is left off (the marker keeps its name as a tooltip, and the page lists every location), so labels never
 * cover each other or run off the edge. Keyed by "x,y,text".
 */
export function placeLabels(markers: { x: number; y: number; text: string }[], width: number, height: number): Map<string, PlacedLabel> {
  type Box = [number, number, number, number];
  const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const taken: Box[] = markers.map((m) => [m.x - 6, m.y - 6, m.x + 6, m.y + 6]);
  const placed = new Map<string, PlacedLabel>();
  for (const m of markers) {
    const w = m.text.length * CHAR_PX;
    const spots: (PlacedLabel & { box: Box })[] = [
      { x: m.x + 8, y: m.y - 8, anchor: 'start', box: [m.x + 8, m.y - 8 - LINE_PX + 3, m.x + 8 + w, m.y - 8 + 3] },
      { x: m.x + 8, y: m.y + 8 + LINE_PX - 3, anchor: 'start', box: [m.x + 8, m.y + 8, m.x + 8 + w, m.y + 8 + LINE_PX] },
      { x: m.x - 8, y: m.y - 8, anchor: 'end', box: [m.x - 8 - w, m.y - 8 - LINE_PX + 3, m.x - 8, m.y - 8 + 3] },
      { x: m.x - 8, y: m.y + 8 + LINE_PX - 3, anchor: 'end', box: [m.x - 8 - w, m.y + 8, m.x - 8, m.y + 8 + LINE_PX] },
    ];
    // The spots start 8px from the marker's centre, clear of its own 12px square.
    const spot = spots.find(({ box }) => box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height && !taken.some((t) => overlaps(t, box)));
    if (!spot) continue;
    taken.push(spot.box);
    placed.set(`${m.x},${m.y},${m.text}`, { x: spot.x, y: spot.y, anchor: spot.anchor });
  }
  return placed;
}

/** How far (px) a projected service radius may stray from a round circle and still be drawn as one. */
const ROUND_PX = 0.5;

/**
 * A location's service radius: an SVG circle where the projection keeps it round to within ROUND_PX (a radius small
 * against the map, as every dealer's is on a country map), else the projected outline. The outline is about 60
 * points: drawn for each of a manufacturer's 3,000 dealer locations, it made the dealers page 4.5 MB for the same
 * picture.
 */
function serviceArea(projection: GeoProjection, path: GeoPath, l: MapLocation): string {
  const outline = circle(l.lat, l.lng, l.radiusKm);
  const ring = outline.coordinates[0].map((p) => projection(p as [number, number]));
  if (ring.every((p): p is [number, number] => p !== null)) {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    const r = (Math.max(...xs) - Math.min(...xs) + Math.max(...ys) - Math.min(...ys)) / 4;
    if (ring.every(([x, y]) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= ROUND_PX)) {
      return `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" class="r"/>`;
    }
  }
  return `<path d="${path(outline) ?? ''}" class="r"/>`;
}

const point = (lat: number, lng: number): Feature<Point> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [lng, lat] },
});

/**
 * An SVG map drawn on the server with no tile server: state borders (us-atlas), each location with its service
 * radius as a true circle on the sphere, and the orders by area as dots sized by count. The projection is fitted to
 * what is drawn (the lower 48 when nothing is) and clipped to the frame, with coordinates rounded to whole pixels,
 * so a regional map stays a few kilobytes. Returns markup ready to embed (every label escaped).
 */
export function renderMap(input: MapInput): string {
  const key = JSON.stringify(input);
  let svg = drawnMaps.get(key);
  if (svg === undefined) {
    svg = drawMap(input);
    drawnMaps.set(key, svg);
  }
  return svg;
}

/**
 * Maps drawn lately, by their input (the same input draws the same map): a manufacturer's thousands of dealer
 * locations take seconds of CPU to draw and change far less often than the page is read. At most 16 million
 * characters of inputs and maps are kept, the least recently used let go first.
 */
const drawnMaps = new LRUCache<string, string>({ maxSize: 16_000_000, sizeCalculation: (svg, key) => svg.length + key.length });

function drawMap(input: MapInput): string {
  const width = input.width ?? 640;
  const height = input.height ?? 480;
  const pad = 12;
  const drawn: Feature<Geometry>[] = [
    ...input.locations.map((l) => ({ type: 'Feature' as const, properties: {}, geometry: circle(l.lat, l.lng, Math.max(l.radiusKm, 1)) })),
    ...input.areas.map((a) => point(a.lat, a.lng)),
  ];
  const extent: GeoPermissibleObjects = drawn.length ? { type: 'FeatureCollection', features: drawn } : LOWER_48;
  const projection = geoMercator()
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      extent,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(0);

  const pixelsPerDegree = (projection.scale() * Math.PI) / 180;
  const lines = linesAtDetail(MIN_AREA_PX / pixelsPerDegree ** 2);
  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  const view = { west, south, east, north };
  const borders = path(inView(lines.borders, view)) ?? '';
  const coast = path(inView(lines.coast, view)) ?? '';

  const maxCount = Math.max(1, ...input.areas.map((a) => a.count));
  const areas = input.areas
    .map((a) => {
      const at = projection([a.lng, a.lat]);
      if (!at) return '';
      const r = 4 + 8 * Math.sqrt(a.count / maxCount);
      return `<circle cx="${Math.round(at[0])}" cy="${Math.round(at[1])}" r="${r.toFixed(1)}" class="o"><title>${escapeXml(a.label)}</title></circle>`;
    })
    .join('');
  const markers = input.locations.map((l) => ({ l, at: projection([l.lng, l.lat])?.map(Math.round) as [number, number] | undefined }));
  const labels = placeLabels(
    markers.flatMap((m) => (m.at ? [{ x: m.at[0], y: m.at[1], text: m.l.label }] : [])),
    width,
    height,
  );
  const locations = markers
    .map(({ l, at }) => {
      if (!at) return '';
      const [x, y] = at;
      const label = labels.get(`${x},${y},${l.label}`);
      const text = label ? `<text x="${label.x}" y="${label.y}" text-anchor="${label.anchor}">${escapeXml(l.label)}</text>` : '';
      return `${serviceArea(projection, path, l)}<rect x="${x - 5}" y="${y - 5}" width="10" height="10" class="l"><title>${escapeXml(l.label)}</title></rect>${text}`;
    })
    .join('');

  const summary = `${input.locations.length} location${input.locations.length === 1 ? '' : 's'} with their service radius; ${input.areas.reduce((n, a) => n + a.count, 0)} orders in ${input.areas.length} area${input.areas.length === 1 ? '' : 's'}.`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title map-desc">` +
    `<title id="map-title">${escapeXml(input.title)}</title><desc id="map-desc">${escapeXml(summary)}</desc>` +
    `<style>.s{fill:none;stroke:#6b7280;stroke-width:1}.c{fill:none;stroke:#374151;stroke-width:1.5}.r{fill:#1d4ed8;fill-opacity:.08;stroke:#1d4ed8;stroke-dasharray:5 3}.l{fill:#1d4ed8;stroke:#fff}.o{fill:#c2410c;fill-opacity:.8;stroke:#fff}text{font:600 12px system-ui,sans-serif;fill:#111827;paint-order:stroke;stroke:#fff;stroke-width:3px}</style>` +
    `<path d="${coast}" class="c"/><path d="${borders}" class="s"/>${locations}${areas}</svg>`
  );
}
