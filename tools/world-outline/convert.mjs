// Converts world-atlas's countries-110m.json (TopoJSON of Natural Earth 1:110m Admin 0 countries) into the compact
// outline that the corpus report embeds: one line per country, "name<TAB>SVG path data", in an equirectangular
// projection where x = longitude + 180 (0..360) and y = 90 - latitude (0..180), rounded to 0.1 degree.
//
// Run once, when the outline should change (it needs no package beyond world-atlas itself):
//   mkdir -p /tmp/wa && cd /tmp/wa && npm install world-atlas@2.0.2
//   node tools/world-outline/convert.mjs /tmp/wa/node_modules/world-atlas/countries-110m.json \
//        src/NewsExtract/Reporting/Data/world-110m.tsv
import { readFileSync, writeFileSync } from "node:fs";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node convert.mjs countries-110m.json OUT.tsv");
  process.exit(2);
}

const topology = JSON.parse(readFileSync(input, "utf8"));
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;

// Decode the delta-encoded, quantized arcs into [lon, lat] points.
const arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});

function arcPoints(index) {
  const points = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
  return points;
}

function ring(indices) {
  const points = [];
  for (const index of indices) {
    const part = arcPoints(index);
    // Consecutive arcs share their end point.
    points.push(...(points.length > 0 ? part.slice(1) : part));
  }
  return points;
}

const round = (v) => Math.round(v * 10) / 10;

function path(rings) {
  let d = "";
  for (const r of rings) {
    let last = "";
    let count = 0;
    let part = "";
    const points = ring(r);
    // A ring that crosses the antimeridian (Fiji, Chukotka) would draw a line across the whole map: its western
    // points move one turn east, past x = 360, where the report's clip path cuts them.
    const crosses = points.some((p, i) => i > 0 && Math.abs(p[0] - points[i - 1][0]) > 180);
    for (const [lon0, lat] of points) {
      const lon = crosses && lon0 < 0 ? lon0 + 360 : lon0;
      const p = `${round(lon + 180)} ${round(90 - lat)}`;
      if (p === last) {
        continue;
      }
      part += (count === 0 ? "M" : "L") + p;
      last = p;
      count++;
    }
    if (count >= 3) {
      d += part + "Z";
    }
  }
  return d;
}

const lines = [
  "# Country outlines from Natural Earth 1:110m Admin 0 (public domain), via world-atlas 2.0.2 (ISC, Mike Bostock).",
  "# Made by tools/world-outline/convert.mjs. Projection: x = longitude + 180, y = 90 - latitude, 0.1 degree.",
  "name\tpath",
];
for (const g of topology.objects.countries.geometries) {
  // Antarctica circles the pole and lies outside the report's map (which stops at 60 degrees south).
  if (g.id === "010") {
    continue;
  }
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  const d = polygons.map(path).join("");
  if (d !== "") {
    const name = (g.properties && g.properties.name ? g.properties.name : g.id).replace(/[\t\n]/g, " ");
    lines.push(`${name}\t${d}`);
  }
}
writeFileSync(output, lines.join("\n") + "\n");
console.log(`${lines.length - 3} countries, ${Buffer.byteLength(lines.join("\n"))} bytes -> ${output}`);
