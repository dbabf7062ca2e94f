// Regenerates ui/world-110m.json, the claims explorer's country shapes, from the pinned
// world-atlas package (Natural Earth 1:110m countries, as TopoJSON). Run: npm ci && npm run generate
//
// Each country becomes one SVG path in the explorer's projection, the equirectangular one
// (x = longitude, y = -latitude, in degrees), so that Solr's heatmap cells, a grid in longitude
// and latitude, are rectangles on the map. Coordinates keep two decimals (about 1 km), which is
// finer than the 1:110m data.
import { readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const ui = join(here, "..", "..", "ui");
const atlasDir = dirname(require.resolve("world-atlas/package.json"));
const atlasVersion = JSON.parse(readFileSync(join(atlasDir, "package.json"), "utf8")).version;
const topology = JSON.parse(readFileSync(join(atlasDir, "countries-110m.json"), "utf8"));

const round = (v) => Math.round(v * 100) / 100;

// A ring that crosses the antimeridian (Russia's far east, Fiji) jumps from +180 to -180; its
// western part is moved east by 360 degrees so that it is drawn whole (the map clips at 180).
function unwrap(ring) {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return crosses ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}

function ringPath(ring) {
  const points = unwrap(ring).map(([x, y]) => `${round(x)} ${round(-y)}`);
  return "M" + points.join("L") + "Z";
}

function polygons(geometry) {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  return [];
}

const countries = feature(topology, topology.objects.countries).features
  .map((f) => ({
    id: f.id == null ? "" : String(f.id),
    name: f.properties && f.properties.name ? f.properties.name : "",
    d: polygons(f.geometry).flatMap((rings) => rings.map(ringPath)).join(""),
  }))
  .filter((c) => c.d.length > 0)
  .sort((a, b) => a.name.localeCompare(b.name, "en"));

const out = {
  source: `world-atlas ${atlasVersion} countries-110m.json (Natural Earth 1:110m, public domain)`,
  projection: "equirectangular: x = longitude, y = -latitude, degrees",
  countries,
};
writeFileSync(join(ui, "world-110m.json"), JSON.stringify(out) + "\n");
copyFileSync(join(atlasDir, "LICENSE"), join(ui, "world-110m.LICENSE"));
console.log(`ui/world-110m.json: ${countries.length} countries from world-atlas ${atlasVersion}`);
