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
  text.addEventListener("click", (event) => {
    const span = event.target.closest(".hl");
    document.querySelectorAll("#side-panel li.active").forEach((li) => li.classList.remove("active"));
    if (!span) return;
    for (const ref of span.dataset.ref.split(" ")) {
      const item = document.querySelector(`#side-panel li[data-ref="${CSS.escape(ref)}"]`);
      if (item) { item.classList.add("active"); item.scrollIntoView({ block: "nearest" }); }
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

function networkGraph() {
  const container = document.getElementById("network");
  const data = readData("network-data");
  if (!container || !data) return;
  if (typeof cytoscape === "undefined") { missingLibrary(container, "graph"); return; }
  const maxMentions = Math.max(1, ...data.nodes.map((n) => n.mentions));
  const elements = [
    ...data.nodes.map((n) => ({ data: { id: n.id, label: n.name, size: 12 + 40 * Math.sqrt(n.mentions / maxMentions),
                                         type: n.type } })),
    ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, label: e.type,
                                            width: 1 + Math.min(8, e.count) } })),
  ];
  const cy = cytoscape({
    container, elements, wheelSensitivity: 0.3,
    layout: { name: data.nodes.length > 300 ? "grid" : "cose", animate: false },
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "font-size": 10,
                                    "background-color": "#1f4e8c", color: "#1d2330" } },
      { selector: 'node[type = "ORG"]', style: { "background-color": "#b45309" } },
      { selector: 'node[type = "GPE"], node[type = "NORP"]', style: { "background-color": "#047857" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#9ca3af", "target-arrow-shape": "triangle",
                                    "target-arrow-color": "#9ca3af", "curve-style": "bezier" } },
    ],
  });
  cy.on("tap", "node", (event) => { window.location.href = `/actors/${encodeURIComponent(event.target.id())}`; });
  window.__politikaNetwork = cy;
}

layerToggles();
timelineChart();
networkGraph();
