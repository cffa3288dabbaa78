// The map page: a world choropleth of event clusters per country, drawn offline from the world-atlas TopoJSON
// (static/vendor/countries-110m.json) with d3-geo and topojson-client. No tiles, no CDN. The table under the map
// holds the same counts; each country's title (tooltip) states its count, so colour is never the only cue.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const SHADES = ["#bfdbfe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a"]; // light to dark: fewer to more clusters
const EMPTY = "#f3f4f6";

function svgElement(name, attributes) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes || {})) element.setAttribute(key, value);
  return element;
}

// Class limits: up to five classes on a log scale from 1 to the largest count, each a whole number.
function classLimits(max) {
  const limits = [];
  for (let i = 1; i <= SHADES.length; i += 1) {
    const limit = Math.max(1, Math.round(Math.exp((Math.log(max) * i) / SHADES.length)));
    if (!limits.length || limit > limits[limits.length - 1]) limits.push(limit);
  }
  return limits;
}

function shadeOf(count, limits) {
  const index = limits.findIndex((limit) => count <= limit);
  return SHADES[Math.round((index / Math.max(1, limits.length - 1)) * (SHADES.length - 1))] || SHADES[SHADES.length - 1];
}

function legend(container, limits) {
  const list = document.createElement("p");
  list.className = "legend map-legend";
  list.append("Event clusters: ");
  let low = 1;
  limits.forEach((limit) => {
    const swatch = document.createElement("span");
    swatch.className = "map-swatch";
    swatch.style.background = shadeOf(limit, limits);
    list.append(swatch, low === limit ? ` ${limit} ` : ` ${low}–${limit} `);
    low = limit + 1;
  });
  const none = document.createElement("span");
  none.className = "map-swatch";
  none.style.background = EMPTY;
  list.append(none, " none");
  container.after(list);
}

async function worldMap() {
  const container = document.getElementById("map");
  const data = readData("map-data");
  if (!container || !data) return;
  if (typeof d3 === "undefined" || typeof d3.geoPath !== "function" || typeof topojson === "undefined") {
    missingLibrary(container, "map"); return;
  }
  let world;
  try {
    const response = await fetch("/static/vendor/countries-110m.json");
    if (!response.ok) throw new Error(String(response.status));
    world = await response.json();
  } catch (error) {
    missingLibrary(container, "map"); return;
  }
  const byNumeric = new Map(data.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
  const max = Math.max(1, ...data.countries.filter((c) => c.numeric).map((c) => c.clusters));
  const limits = classLimits(max);
  const width = 960;
  const height = 500;
  const countries = topojson.feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1().fitSize([width, height], countries);
  const path = d3.geoPath(projection);
  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, class: "map-svg", role: "group",
                                  "aria-label": "Countries coloured by event clusters" });
  const query = data.events_query ? `${data.events_query}&` : "";
  let coloured = 0;
  for (const feature of countries.features) {
    const d = path(feature);
    if (!d) continue;
    const row = feature.id === undefined ? undefined : byNumeric.get(String(feature.id));
    const name = row?.name || feature.properties?.name || "";
    const shape = svgElement("path", { d, class: "country", fill: row ? shadeOf(row.clusters, limits) : EMPTY });
    const title = svgElement("title");
    title.textContent = row ? `${name} (${row.country}): ${row.clusters} event cluster(s)` : `${name}: none`;
    shape.append(title);
    if (row) {
      coloured += 1;
      shape.dataset.country = row.country;
      shape.dataset.clusters = String(row.clusters);
      const link = svgElement("a", { href: `/events?${query}country=${encodeURIComponent(row.country)}`,
                                     "aria-label": title.textContent });
      link.append(shape);
      svg.append(link);
    } else {
      svg.append(shape);
    }
  }
  container.append(svg);
  legend(container, limits);
  window.__politikaMap = { countries: svg.querySelectorAll("path.country").length, coloured };
}

document.addEventListener("DOMContentLoaded", () => { worldMap(); });
