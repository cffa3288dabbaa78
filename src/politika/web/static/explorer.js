// politika explorer: layer toggles, the timeline chart and the network. Data come from JSON script blocks
// (never executed) or the API; nothing here turns article text into HTML.
"use strict";

function readData(id) {
  const element = document.getElementById(id);
  return element ? JSON.parse(element.textContent) : null;
}

function missingLibrary(container, name) {
  const note = document.createElement("p");
  note.className = "muted";
  note.textContent = `The ${name} library is not installed (run \`npm install\` or \`python3 tasks.py demo\`); the table shows the same data.`;
  container.replaceWith(note);
}

function layerToggles() {
  const text = document.getElementById("article-text");
  document.querySelectorAll("#layer-toggles input[data-layer]").forEach((box) => {
    box.addEventListener("change", () => text.classList.toggle(`hide-${box.dataset.layer}`, !box.checked));
  });
  if (!text) return;
  const show = (event) => {
    const span = event.target.closest(".hl");
    document.querySelectorAll("#side-panel li.active").forEach((li) => li.classList.remove("active"));
    if (!span) return;
    for (const ref of span.dataset.ref.split(" ")) {
      const item = document.querySelector(`#side-panel li[data-ref="${CSS.escape(ref)}"]`);
      if (item) { item.classList.add("active"); item.scrollIntoView({ block: "nearest" }); }
    }
  };
  text.addEventListener("click", show);
  // Tab reaches every highlight (tabindex); focusing one shows its items in the side panel, as a click does.
  // Only a keyboard focus: a click's own focus would scroll the panel before the click lands.
  text.addEventListener("focusin", (event) => { if (event.target.matches(":focus-visible")) show(event); });
}

function keepFilledForm() {
  // A page answered with an error above its form (web/app.py, KeepFormOnError) was drawn without the values that
  // were wrong: put every value of the request back into the form, so the user corrects instead of retyping.
  if (!document.querySelector(".form-error")) return;
  const params = new URLSearchParams(window.location.search);
  document.querySelectorAll("main form[method=get], main form:not([method])").forEach((form) => {
    for (const [name, value] of params) {
      const field = form.elements.namedItem(name);
      if (field && "value" in field && field.type !== "checkbox" && field.type !== "radio") field.value = value;
    }
  });
}

function timelineChart() {
  const canvas = document.getElementById("timeline-chart");
  const rows = readData("timeline-data");
  if (!canvas || !rows) return;
  if (typeof Chart === "undefined") { missingLibrary(canvas, "chart"); return; }
  new Chart(canvas, {
    type: "bar",
    data: { labels: rows.map((r) => r.month), datasets: [{ label: "articles", data: rows.map((r) => r.articles),
            backgroundColor: "#1f4e8c" }] },
    options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } },
  });
  document.getElementById("timeline-table")?.classList.add("muted");
}

function attentionChart() {
  // Every bucket comes from the server, empty ones with 0: the category axis is a time axis with no gaps.
  const canvas = document.getElementById("attention-chart");
  const data = readData("attention-data");
  if (!canvas || !data) return;
  if (typeof Chart === "undefined") { missingLibrary(canvas, "chart"); return; }
  const palette = ["#1f4e8c", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#9ca3af"];
  const datasets = data.outlets.length
    ? data.outlets.map((name, i) => ({ label: name, data: data.buckets.map((b) => b.outlets[name] || 0),
                                      backgroundColor: palette[Math.min(i, palette.length - 1)] }))
    : [{ label: "articles", data: data.buckets.map((b) => b.articles), backgroundColor: palette[0] }];
  window.__politikaAttention = new Chart(canvas, {
    type: "bar", data: { labels: data.buckets.map((b) => b.bucket), datasets },
    options: { animation: false, plugins: { legend: { display: data.outlets.length > 0 } },
               scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
  document.getElementById("attention-table")?.classList.add("muted");
}

function networkGraph() {
  const container = document.getElementById("network");
  const data = readData("network-data");
  if (!container || !data) return;
  if (typeof cytoscape === "undefined") { missingLibrary(container, "graph"); return; }
  const maxMentions = Math.max(1, ...data.nodes.map((n) => n.mentions));
  const elements = [
    ...data.nodes.map((n) => ({ data: { id: n.id, label: n.name, size: 12 + 40 * Math.sqrt(n.mentions / maxMentions),
                                         type: n.type } })),
    // Ties: grey, dashed, as wide as the articles stating them; events: the quad colour, as wide as their number,
    // dotted where every report's party was inferred.
    ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, label: e.type,
                                            colour: e.kind === "event" ? QUAD_COLOURS[e.quad] || QUAD_COLOURS[0] : QUAD_COLOURS[0],
                                            width: e.kind === "event" ? 1 + Math.min(9, 2 * Math.sqrt(e.count))
                                              : 1 + Math.min(8, e.count) },
                                    classes: e.kind === "event" ? `event q${e.quad}${e.inferred && e.inferred === e.reports ? " inferred" : ""}`
                                      : "tie" })),
  ];
  const cy = cytoscape({
    container, elements, wheelSensitivity: 0.3,
    layout: { name: data.nodes.length > 300 ? "grid" : "cose", animate: false },
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 10,
                                    "background-color": "#1f4e8c", color: "#1d2330" } },
      { selector: 'node[type = "ORG"]', style: { "background-color": "#b45309" } },
      { selector: 'node[type = "GPE"], node[type = "NORP"]', style: { "background-color": "#047857" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-shape": "triangle",
                                    "target-arrow-color": "data(colour)", "curve-style": "bezier" } },
      { selector: "edge.tie", style: { "line-style": "dashed" } },
      // An event edge whose every report has a party only the argument scorer chose.
      { selector: "edge.inferred", style: { "line-style": "dotted" } },
    ],
  });
  cy.on("tap", "node", (event) => { window.location.href = `/actors/${encodeURIComponent(event.target.id())}`; });
  window.__politikaNetwork = cy;
}

const QUAD_COLOURS = { 1: "#6ee7b7", 2: "#047857", 3: "#fca5a5", 4: "#b91c1c", 0: "#9ca3af" };

function eventsChart() {
  const canvas = document.getElementById("events-chart");
  const data = readData("events-data");
  if (!canvas || !data) return;
  if (typeof Chart === "undefined") { missingLibrary(canvas, "chart"); return; }
  const datasets = Object.entries(data.quads).map(([quad, name]) => ({
    label: name, data: data.months.map((m) => m.quads[quad] || 0), backgroundColor: QUAD_COLOURS[quad] }));
  window.__politikaEventsChart = new Chart(canvas, {
    type: "bar", data: { labels: data.months.map((m) => m.month), datasets },
    options: { animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
  });
  document.getElementById("events-timeline-table")?.classList.add("muted");
}

function focusFromHash() {
  // /articles/{id}#e3 (from the events page): mark event 3 in the text and the side panel.
  const text = document.getElementById("article-text");
  const match = /^#([eqca]\d+)$/.exec(window.location.hash);
  if (!text || !match) return;
  const ref = match[1];
  let first = null;
  text.querySelectorAll(".hl").forEach((span) => {
    if (span.dataset.ref.split(" ").includes(ref)) { span.classList.add("focus"); first = first || span; }
  });
  document.querySelector(`#side-panel li[data-ref="${CSS.escape(ref)}"]`)?.classList.add("active");
  if (first) first.scrollIntoView({ block: "center" });
}

function causalGraph() {
  const container = document.getElementById("causal-map");
  const data = readData("causal-data");
  if (!container || !data) return;
  if (typeof cytoscape === "undefined") { missingLibrary(container, "graph"); return; }
  const maxLinks = Math.max(1, ...data.nodes.map((n) => n.links));
  const elements = [
    ...data.nodes.map((n) => ({ data: { id: n.id, label: n.name, size: 14 + 36 * Math.sqrt(n.links / maxLinks),
                                         value: n.value === null ? 0 : n.value },
                                 classes: [n.loop ? "loop" : "", n.set ? "set" : "",
                                           n.value > 0 ? "up" : n.value < 0 ? "down" : ""].join(" ") })),
    ...data.edges.map((e, i) => ({ data: { id: `c${i}`, source: e.cause, target: e.effect, label: `${e.polarity}${e.articles}`,
                                            width: 1 + Math.min(8, e.articles), cause: e.cause, effect: e.effect },
                                    classes: [e.polarity === "-" ? "minus" : "plus", e.loop ? "loop" : "",
                                              e.contested ? "contested" : ""].join(" ") })),
  ];
  const cy = cytoscape({
    container, elements, wheelSensitivity: 0.3,
    layout: { name: data.nodes.length > 300 ? "grid" : "cose", animate: false },
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 10,
                                    "background-color": "#64748b", color: "#1d2330", "text-wrap": "wrap",
                                    "text-max-width": 120 } },
      { selector: "node.loop", style: { "border-width": 3, "border-color": "#f59e0b" } },
      { selector: "node.up", style: { "background-color": "#047857" } },
      { selector: "node.down", style: { "background-color": "#b91c1c" } },
      { selector: "node.set", style: { "background-color": "#1f4e8c", "border-width": 4, "border-color": "#111827" } },
      { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
                                    label: "data(label)", "font-size": 8 } },
      { selector: "edge.plus", style: { "line-color": "#059669", "target-arrow-color": "#059669" } },
      { selector: "edge.minus", style: { "line-color": "#dc2626", "target-arrow-color": "#dc2626",
                                         "line-style": "dashed" } },
      { selector: "edge.loop", style: { "underlay-color": "#f59e0b", "underlay-opacity": 0.35, "underlay-padding": 3 } },
    ],
  });
  cy.on("tap", "edge", (event) => {
    const edge = event.target.data();
    const params = new URLSearchParams(data.query);
    params.set("cause", edge.cause);
    params.set("effect", edge.effect);
    window.location.href = `/causal?${params.toString()}#evidence`;
  });
  window.__politikaCausal = cy;
}

layerToggles();
keepFilledForm();
timelineChart();
attentionChart();
networkGraph();
eventsChart();
focusFromHash();
causalGraph();
