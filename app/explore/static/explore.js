// dipgraph explorer: search (/v1/search), neighbourhood graph (/v1/graph/neighborhood) styled
// from the GraSS file Neo4j Browser uses, node facts with their sources (/v1/graph/facts) and a
// timeline of meetings between two countries (/v1/timeline). Read-only; no API key needed.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { cy: null, center: null, lastDraw: null, styles: {}, expanded: new Set() };
window.dipgraph = state;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "onclick") node.addEventListener("click", value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}

function status(text) { $("status").textContent = text; }

// --- GraSS (Neo4j Browser's style sheet) to a cytoscape style -------------------------------
function parseGrass(text) {
  const rules = {};
  const block = /(node|relationship)(?:\.(\w+))?\s*\{([^}]*)\}/g;
  let m;
  while ((m = block.exec(text)) !== null) {
    const props = {};
    for (const [, key, value] of m[3].matchAll(/([\w-]+)\s*:\s*([^;]+);/g)) {
      props[key] = value.trim().replace(/^'(.*)'$/, "$1");
    }
    rules[m[2] ? `${m[1]}.${m[2]}` : m[1]] = props;
  }
  return rules;
}

function captionOf(template, node) {
  const key = /\{(\w+)\}/.exec(template || "{name}");
  const value = key ? (node.properties || {})[key[1]] ?? node[key[1]] : null;
  return String(value ?? node.name ?? node.id);
}

function cytoscapeStyle(rules) {
  const base = rules.node || {};
  const style = [
    { selector: "node", style: {
      "background-color": base.color || "#A5ABB6", "border-color": base["border-color"] || "#9AA1AC",
      "border-width": 2, width: 40, height: 40, label: "data(caption)", "font-size": 10,
      "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": 110,
      color: "#2a2c34", "text-background-color": "#fff", "text-background-opacity": 0.7,
      "min-zoomed-font-size": 6,
    } },
    { selector: "edge", style: {
      width: 1.2, "line-color": "#A5ABB6", "target-arrow-color": "#A5ABB6",
      "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(type)",
      "font-size": 7, color: "#555", "text-rotation": "autorotate",
      "text-background-color": "#fff", "text-background-opacity": 0.8,
      "min-zoomed-font-size": 6,
    } },
    { selector: "node:selected", style: { "border-width": 5, "border-color": "#1b5fc1" } },
    // A crowded drawing is too small to read its labels, and measuring hundreds of wrapped
    // labels is most of the drawing time: only the chosen and hovered nodes keep theirs.
    { selector: ".crowded", style: { label: "" } },
    { selector: "edge.crowded", style: { "curve-style": "haystack", "haystack-radius": 0 } },
    { selector: "node.crowded:selected, node.crowded.hover, node.crowded.center",
      style: { label: "data(caption)", "font-size": 14 } },
    { selector: "node.center", style: { "border-width": 4, "border-color": "#2a2c34" } },
  ];
  for (const [selector, props] of Object.entries(rules)) {
    if (!selector.startsWith("node.")) continue;
    const size = Math.max(24, Math.min(parseInt(props.diameter || "50", 10) * 0.8, 56));
    style.push({ selector: `node[label = "${selector.slice(5)}"]`, style: {
      "background-color": props.color, "border-color": props["border-color"], width: size, height: size,
    } });
  }
  return style;
}

async function loadStyle() {
  const response = await fetch("/explore/dipgraph.grass");
  state.styles = parseGrass(await response.text());
}

// --- graph ------------------------------------------------------------------------------------
function nodeElement(node, position, classes) {
  const rule = state.styles[`node.${node.label}`] || {};
  return { group: "nodes", position, classes, data: {
    id: node.id, label: node.label, name: node.name, caption: captionOf(rule.caption, node),
  } };
}

function edgeElement(edge, classes) {
  const key = (edge.properties || {}).key || "";
  return { group: "edges", classes, data: {
    id: `${edge.source}|${edge.type}|${key}|${edge.target}`, source: edge.source,
    target: edge.target, type: edge.type,
  } };
}

const CROWDED = 200;

function ensureGraph() {
  if (state.cy) return state.cy;
  state.cy = cytoscape({
    container: $("graph"), style: cytoscapeStyle(state.styles),
    minZoom: 0.02, maxZoom: 3,
    // Hundreds of nodes stay smooth to pan and zoom: while the view moves, the last frame is
    // moved as a picture and edges are left out, and nothing is drawn twice for motion blur.
    textureOnViewport: true, hideEdgesOnViewport: true, motionBlur: false,
  });
  state.cy.on("mouseover", "node", (event) => event.target.addClass("hover"));
  state.cy.on("mouseout", "node", (event) => event.target.removeClass("hover"));
  state.cy.on("tap", "node", (event) => {
    const id = event.target.id();
    showFacts(id);
    expand(id);
  });
  return state.cy;
}

function neighbourhoodUrl(id, depth, limit) {
  return `/v1/graph/neighborhood/${encodeURIComponent(id)}?depth=${depth}&limit=${limit}`;
}

// Hops from the centre over the edges either way (breadth first), from plain lists, so that
// positions are known before the nodes are added.
function hopsFrom(rootId, nodes, edges) {
  const adjacent = new Map(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    adjacent.get(e.source)?.push(e.target);
    adjacent.get(e.target)?.push(e.source);
  }
  const hops = new Map([[rootId, 0]]);
  const queue = [rootId];
  for (let i = 0; i < queue.length; i++) {
    for (const next of adjacent.get(queue[i]) || []) {
      if (!hops.has(next)) { hops.set(next, hops.get(queue[i]) + 1); queue.push(next); }
    }
  }
  return hops;
}

// Rings by hop distance from the centre, each ring wide enough for its nodes: a few hundred
// nodes are placed in a millisecond, and the same answer always gives the same drawing.
const RING_GAP = 140;
const NODE_SPACING = 70;
function ringPositions(rootId, nodes, edges) {
  const hops = hopsFrom(rootId, nodes, edges);
  // Nodes the drawing does not connect to the centre (the neighbourhood was cut at `limit`)
  // share one outer ring.
  const outer = Math.max(0, ...hops.values()) + 1;
  const rings = [];
  for (const node of nodes) {
    const hop = hops.get(node.id) ?? outer;
    (rings[hop] = rings[hop] || []).push(node);
  }
  const positions = new Map();
  let radius = 0;
  rings.forEach((ring, hop) => {
    if (!ring || !ring.length) return;
    if (hop > 0) radius = Math.max(radius + RING_GAP, (ring.length * NODE_SPACING) / (2 * Math.PI));
    ring.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : 1));
    ring.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / ring.length + hop * 0.35;
      positions.set(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  });
  return { positions, radius };
}

// Fit the rings from their radius: no bounding box, so no label has to be measured to fit.
function fitRings(cy, radius) {
  const extent = radius + 60;
  const zoom = Math.min(cy.width(), cy.height()) / (2 * extent);
  cy.viewport({ zoom: Math.min(zoom, 1.5), pan: { x: cy.width() / 2, y: cy.height() / 2 } });
}

// Place what is drawn again in rings around the centre (after an expansion), in one batch.
function relayout(cy, rootId) {
  const nodes = cy.nodes().map((n) => ({ id: n.id(), label: n.data("label") }));
  const edges = cy.edges().map((e) => ({ source: e.data("source"), target: e.data("target") }));
  const { positions } = ringPositions(rootId, nodes, edges);
  cy.batch(() => cy.nodes().positions((n) => positions.get(n.id())));
}

function refreshInView() {
  const list = $("in-view-list");
  list.replaceChildren();
  const nodes = state.cy.nodes().sort((a, b) => a.data("caption").localeCompare(b.data("caption")));
  nodes.forEach((n) => list.append(el("li", { "data-id": n.id() },
    el("span", { class: "tag" }, n.data("label")), n.data("caption"))));
  $("in-view-count").textContent = String(nodes.length);
}

async function openNode(id, options = {}) {
  const depth = options.depth || Number($("depth").value);
  const limit = options.limit || 150;
  const started = performance.now();
  status(`Loading the neighbourhood of ${id}…`);
  const graph = await api(neighbourhoodUrl(id, depth, limit));
  const fetched = performance.now();
  const cy = ensureGraph();
  // One batch, each element added with its position and classes: no layout pass and no second
  // styling of every element afterwards. A crowded drawing hides its labels and draws its edges
  // as plain lines (haystack, the cheapest kind), as its arrows could not be told apart anyway.
  const crowded = graph.nodes.length > CROWDED ? "crowded" : "";
  const { positions, radius } = ringPositions(id, graph.nodes, graph.edges);
  const placed = performance.now();
  cy.batch(() => {
    cy.elements().remove();
    cy.add([
      ...graph.nodes.map((n) => nodeElement(n, positions.get(n.id),
        n.id === id ? `${crowded} center` : crowded)),
      ...graph.edges.map((e) => edgeElement(e, crowded)),
    ]);
  });
  fitRings(cy, radius);
  state.center = id;
  state.expanded = new Set([id]);
  const added = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const drawn = performance.now();
  state.lastDraw = { nodes: graph.nodes.length, edges: graph.edges.length,
    fetchMs: fetched - started, layoutMs: placed - fetched, addMs: added - placed,
    paintMs: drawn - added, drawMs: drawn - fetched, totalMs: drawn - started };
  status(`${graph.nodes.length} nodes, ${graph.edges.length} edges within ${depth} hop(s)` +
    (graph.truncated ? ` (first ${limit} shown)` : "") + ". Click a node to expand it.");
  refreshInView();
  history.replaceState(null, "", `/explore?node=${encodeURIComponent(id)}&depth=${depth}`);
  if (!options.keepPanel) await showFacts(id);
}

async function expand(id) {
  if (state.expanded.has(id)) return;
  state.expanded.add(id);
  const graph = await api(neighbourhoodUrl(id, 1, 50));
  const cy = state.cy;
  const fresh = graph.nodes.filter((n) => cy.getElementById(n.id).empty());
  const origin = cy.getElementById(id).position();
  const crowded = cy.nodes().length + fresh.length > CROWDED ? "crowded" : "";
  cy.batch(() => {
    if (crowded) cy.elements().addClass(crowded);
    cy.add(fresh.map((n, i) => nodeElement(n, {
      x: origin.x + 90 * Math.cos((2 * Math.PI * i) / Math.max(fresh.length, 1)),
      y: origin.y + 90 * Math.sin((2 * Math.PI * i) / Math.max(fresh.length, 1)),
    }, crowded)));
    cy.add(graph.edges.map((e) => edgeElement(e, crowded))
      .filter((e) => cy.getElementById(e.data.id).empty()));
  });
  if (fresh.length) relayout(cy, state.center);
  status(`Expanded ${id}: ${fresh.length} new node(s).`);
  refreshInView();
}

// --- side panel -------------------------------------------------------------------------------
function nodeLink(node) {
  return el("a", { class: "node", "data-id": node.id, onclick: () => openNode(node.id) },
    node.name || node.id);
}

function factElement(fact) {
  const props = Object.entries(fact.properties).filter(([k]) => k !== "key")
    .map(([k, v]) => `${k}: ${v}`).join(", ");
  const arrow = fact.outgoing ? `—${fact.type}→` : `←${fact.type}—`;
  const support = fact.support.map((s) => el("div", { class: "support" },
    el("a", { href: s.url || "#", target: "_blank", rel: "noopener" }, s.title || s.article),
    s.published ? ` (${s.published})` : "",
    ...s.sentences.map((sentence) => el("blockquote", {}, sentence))));
  return el("div", { class: "fact" },
    el("div", { class: "rel" }, arrow), el("span", { class: "tag" }, fact.other.label),
    nodeLink(fact.other), props ? el("div", {}, props) : null, ...support);
}

async function showFacts(id) {
  const data = await api(`/v1/graph/facts/${encodeURIComponent(id)}?limit=100`);
  const node = data.node;
  $("node-title").replaceChildren(el("span", { class: "tag" }, node.label), node.name || node.id);
  const meta = Object.entries(node.properties)
    .filter(([k, v]) => !["id", "name", "aliases", "surname_key", "parties_key"].includes(k) && v !== null)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : v}`);
  $("node-meta").textContent = meta.join(" · ");
  $("facts").replaceChildren(...data.facts.map(factElement),
    data.truncated ? el("p", {}, "More facts than shown.") : null);
}

// --- search -----------------------------------------------------------------------------------
let searchTimer = null;
async function search(text) {
  const list = $("results");
  if (!text.trim()) { list.replaceChildren(); return; }
  const page = await api(`/v1/search?q=${encodeURIComponent(text)}&limit=10`);
  list.replaceChildren(...page.items.map((hit) => el("li", {
    tabindex: "0", "data-id": hit.id,
    onclick: () => { list.replaceChildren(); $("search").value = hit.name; openNode(hit.id); },
  }, el("span", { class: "tag" }, hit.label), hit.name)));
  if (!page.items.length) list.append(el("li", {}, "No match"));
}

// --- timeline ---------------------------------------------------------------------------------
async function loadCountries() {
  const page = await api("/v1/countries?limit=200");
  // The two countries with the most meetings are chosen first.
  const busiest = [...page.items].sort((x, y) => y.meetings - x.meetings || x.code.localeCompare(y.code));
  for (const [select, fallback] of [[$("country-a"), 0], [$("country-b"), 1]]) {
    select.replaceChildren(...page.items.map((c) => el("option", { value: c.code },
      `${c.name || c.code} (${c.code})`)));
    if (busiest[fallback]) select.value = busiest[fallback].code;
  }
}

async function showTimeline(a, b) {
  const page = await api(`/v1/timeline?party=${a}&party=${b}&limit=200`);
  const list = $("timeline");
  list.replaceChildren(...page.items.map((event) => el("li", {
    class: event.kind, "data-id": event.id, onclick: () => openNode(event.meeting || event.id),
  }, el("time", {}, event.date || "undated"), event.title,
     event.speaker ? ` (${event.speaker.name})` : "")));
  if (!page.items.length) list.append(el("li", {}, `No meeting between ${a} and ${b} yet.`));
}

// --- start ------------------------------------------------------------------------------------
async function start() {
  await loadStyle();
  $("search").addEventListener("input", (event) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(event.target.value).catch((e) => status(e.message)), 200);
  });
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const first = $("results").querySelector("li[data-id]");
    if (first) first.click();
  });
  $("timeline-form").addEventListener("submit", (event) => {
    event.preventDefault();
    showTimeline($("country-a").value, $("country-b").value).catch((e) => status(e.message));
  });
  $("in-view-list").addEventListener("click", (event) => {
    const item = event.target.closest("li[data-id]");
    if (item) showFacts(item.dataset.id).catch((e) => status(e.message));
  });
  await loadCountries().catch((e) => status(e.message));
  const params = new URLSearchParams(location.search);
  if (params.get("depth")) $("depth").value = params.get("depth");
  if (params.get("node")) {
    await openNode(params.get("node"), {
      depth: Number(params.get("depth") || $("depth").value),
      limit: Number(params.get("limit") || 150),
    }).catch((e) => status(e.message));
  }
  document.body.dataset.ready = "true";
}

start();
