// accord dashboard. Every page reads the JSON API; text from articles is only ever set with
// textContent (never innerHTML), so markup in a news page stays text.
"use strict";

const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const QUADS = [["verbal_coop", "verbal cooperation", "#7fd3a0"], ["material_coop", "material cooperation", "#1b9e5a"],
  ["verbal_conflict", "verbal conflict", "#f0a39e"], ["material_conflict", "material conflict", "#c8413b"]];
const PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#ff9da7", "#9c755f",
  "#e15759", "#bab0ac"];

// The server's write token, for reviews (and for reads on a server that protects them). It
// arrives once in the address fragment (#token=..., printed by accord serve; a fragment is
// never sent to the server or written to its logs), is kept for this tab only, and the
// fragment is cleared from the address bar.
const TOKEN_KEY = "accord-token";
function takeToken() {
  if (!location.hash.startsWith("#token=")) return;
  sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(location.hash.slice(7)));
  history.replaceState(null, "", location.pathname + location.search);
}
takeToken();
window.addEventListener("hashchange", takeToken);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path, options) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const opts = Object.assign({}, options || {});
  if (token) opts.headers = Object.assign({}, opts.headers || {}, { "Authorization": "Bearer " + token });
  const res = await fetch(path, opts);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const err = (body && body.error) || { message: `HTTP ${res.status}` };
    const e = new Error(err.message);
    e.field = err.field; e.status = res.status;
    throw e;
  }
  return body;
}

function formParams(form) {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim() !== "") p.set(k, String(v).trim());
  return p;
}

function syncForm(form) {
  // the address bar holds the filters, so a filtered view can be bookmarked and shared
  const here = new URLSearchParams(location.search);
  for (const [k, v] of here.entries()) if (form.elements[k]) form.elements[k].value = v;
}

function actorLabel(a) { return a ? (a.code || "?") : ""; }
function eventDay(e) { return e.date || (e.published ? `(${e.published.slice(0, 10)})` : ""); }
function fmt(v) { return v === null || v === undefined ? "" : (typeof v === "number" ? (Math.round(v * 100) / 100) : v); }

function showError(node, message) {
  node.textContent = message;
  node.hidden = !message;
}

// -- overview --------------------------------------------------------------------------------
let timelineChart = null;
async function overview() {
  const form = document.getElementById("filters");
  syncForm(form);
  const draw = async () => {
    const data = await api("/api/timeline?" + formParams(form));
    const rows = data.rows;
    const body = document.querySelector("#timeline-table tbody");
    body.replaceChildren(...rows.map(r => el("tr", {}, el("td", {}, r.period), el("td", {}, r.events),
      ...QUADS.map(([k]) => el("td", {}, r[k])), el("td", {}, fmt(r.goldstein_sum)), el("td", {}, r.articles))));
    if (typeof Chart === "undefined") { document.getElementById("vendor-missing").hidden = false; return; }
    if (timelineChart) timelineChart.destroy();
    timelineChart = new Chart(document.getElementById("timeline"), {
      type: "bar",
      data: { labels: rows.map(r => r.period), datasets: QUADS.map(([k, label, colour]) => ({
        label, data: rows.map(r => (k.endsWith("conflict") ? -1 : 1) * r[k]), backgroundColor: colour, stack: "q" })) },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: "events (conflict below zero)" } } } },
    });
  };
  form.addEventListener("submit", ev => { ev.preventDefault(); history.replaceState(null, "", "?" + formParams(form)); draw(); });
  await draw();
}

// -- events ----------------------------------------------------------------------------------
async function events() {
  const form = document.getElementById("filters");
  for (const t of PLOVER) form.elements.type.append(el("option", { value: t }, t));
  syncForm(form);
  let offset = 0;
  const limit = 50;
  const draw = async () => {
    const p = formParams(form);
    if (p.get("min_confidence") === "0") p.delete("min_confidence");
    p.set("limit", limit); p.set("offset", offset);
    const errorNode = document.getElementById("filter-error");
    let data;
    try { data = await api("/api/events?" + p); showError(errorNode, ""); }
    catch (e) { showError(errorNode, e.message); return; }
    document.getElementById("events-count").textContent =
      `${data.count} events` + (data.count > limit ? `, ${offset + 1}-${Math.min(offset + limit, data.count)} shown` : "");
    const body = document.querySelector("#events-table tbody");
    body.replaceChildren(...data.events.map(e => el("tr", { dataset: { event: e.event_id } },
      el("td", {}, eventDay(e)), el("td", {}, actorLabel(e.source)),
      el("td", { class: "q" + e.quad_class }, `${e.cameo} ${e.plover.type || ""}`), el("td", {}, actorLabel(e.target)),
      el("td", {}, e.modality), el("td", {}, fmt(e.confidence)),
      el("td", {}, e.review ? el("span", { class: "badge " + e.review }, e.review) : ""),
      el("td", { class: "quote" }, el("a", { href: `/articles/${encodeURIComponent(e.article_id)}#${e.event_id}` }, e.quote)))));
    document.getElementById("prev").disabled = offset === 0;
    document.getElementById("next").disabled = offset + limit >= data.count;
  };
  form.addEventListener("submit", ev => {
    ev.preventDefault(); offset = 0;
    const p = formParams(form); history.replaceState(null, "", "?" + p); draw();
  });
  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - limit); draw(); });
  document.getElementById("next").addEventListener("click", () => { offset += limit; draw(); });
  await draw();
}

// -- network ---------------------------------------------------------------------------------
async function network() {
  const form = document.getElementById("filters");
  syncForm(form);
  const draw = async () => {
    const data = await api("/api/network?" + formParams(form));
    const blocs = {};
    for (const n of data.nodes) if (n.bloc !== null) (blocs[n.bloc] = blocs[n.bloc] || []).push(n.id);
    document.querySelector("#blocs-table tbody").replaceChildren(...Object.entries(blocs).map(([b, members]) =>
      el("tr", {}, el("td", {}, el("span", { class: "badge", style: null }, `bloc ${b}`)), el("td", {}, members.join(", ")))));
    if (typeof cytoscape === "undefined") { document.getElementById("vendor-missing").hidden = false; return; }
    const maxEvents = Math.max(1, ...data.edges.map(e => e.events));
    cytoscape({
      container: document.getElementById("graph"),
      elements: [
        ...data.nodes.map(n => ({ data: { id: n.id, label: n.id, colour: n.bloc === null ? "#b8c0cc" : PALETTE[(n.bloc - 1) % PALETTE.length],
          size: 18 + 4 * Math.sqrt(n.events) } })),
        ...data.edges.map(e => ({ data: { id: `${e.a}-${e.b}`, source: e.a, target: e.b,
          colour: e.weight >= 0 ? "#1b9e5a" : "#c8413b", width: 1 + 6 * e.events / maxEvents } })),
      ],
      style: [
        { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", width: "data(size)",
          height: "data(size)", "font-size": 11, "text-valign": "center", color: "#1d2430", "text-outline-color": "#fff",
          "text-outline-width": 2 } },
        { selector: "edge", style: { "line-color": "data(colour)", width: "data(width)", opacity: 0.75, "curve-style": "bezier" } },
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
    });
  };
  form.addEventListener("submit", ev => { ev.preventDefault(); history.replaceState(null, "", "?" + formParams(form)); draw(); });
  await draw();
}

// -- map -------------------------------------------------------------------------------------
async function map() {
  const form = document.getElementById("filters");
  syncForm(form);
  const holder = document.getElementById("map");
  const draw = async () => {
    const data = await api("/api/places?" + formParams(form));
    const rows = data.rows;
    document.querySelector("#places-table tbody").replaceChildren(...rows.map(r =>
      el("tr", {}, el("td", {}, r.country), el("td", {}, r.place), el("td", {}, r.events),
        el("td", {}, r.cooperation), el("td", {}, r.conflict))));
    if (typeof d3 === "undefined" || !d3.geoPath || typeof topojson === "undefined") {
      document.getElementById("vendor-missing").hidden = false; return;
    }
    const world = await (await fetch("/static/vendor/countries-110m.json")).json();
    const codes = await api("/api/countries");
    const byNumeric = {};
    for (const r of rows) {
      const n = codes.numeric[r.country];
      if (n) byNumeric[n] = (byNumeric[n] || 0) + r.events;
    }
    const max = Math.max(1, ...Object.values(byNumeric));
    const width = 960, height = 500;
    const projection = d3.geoEqualEarth().fitSize([width, height], { type: "Sphere" });
    const path = d3.geoPath(projection);
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const sphere = document.createElementNS(ns, "path");
    sphere.setAttribute("d", path({ type: "Sphere" })); sphere.setAttribute("fill", "#eef3f8");
    svg.append(sphere);
    for (const f of topojson.feature(world, world.objects.countries).features) {
      const p = document.createElementNS(ns, "path");
      const n = byNumeric[String(f.id).padStart(3, "0")] || 0;
      p.setAttribute("d", path(f) || "");
      p.setAttribute("class", "country");
      p.setAttribute("fill", n ? `rgba(200, 65, 59, ${0.15 + 0.85 * n / max})` : "#d9dee6");
      const title = document.createElementNS(ns, "title");
      title.textContent = `${f.properties.name}: ${n} events`;
      p.append(title);
      svg.append(p);
    }
    for (const r of rows) {
      if (r.lat === null || r.lon === null || r.precision === "country") continue;
      const xy = projection([r.lon, r.lat]);
      if (!xy) continue;
      const c = document.createElementNS(ns, "circle");
      c.setAttribute("cx", xy[0]); c.setAttribute("cy", xy[1]); c.setAttribute("r", 3 + 2 * Math.sqrt(r.events));
      const title = document.createElementNS(ns, "title");
      title.textContent = `${r.place}: ${r.events} events`;
      c.append(title);
      svg.append(c);
    }
    holder.replaceChildren(svg);
  };
  form.addEventListener("submit", ev => { ev.preventDefault(); history.replaceState(null, "", "?" + formParams(form)); draw(); });
  await draw();
}

// -- article ---------------------------------------------------------------------------------
function pieces(text, s, t, ranges) {
  // text[s:t] as nodes, with the ranges inside it wrapped in spans of their kind
  const cuts = new Set([s, t]);
  for (const r of ranges) for (const x of [r.start, r.end]) if (x > s && x < t) cuts.add(x);
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    let node = document.createTextNode(text.slice(a, b));
    for (const r of ranges) if (r.start <= a && r.end >= b) node = el("span", { class: "hl-" + r.kind }, node);
    out.push(node);
  }
  return out;
}

function renderText(article, events, selected) {
  // Paragraph by paragraph: each sentence that holds events is one mark (its events in
  // data-events); inside the selected event's sentence, its trigger, source and target.
  const text = article.text;
  const sentences = new Map();
  for (const e of events) {
    const h = e.highlights.sentence;
    if (!h) continue;
    const key = h.join(":");
    if (!sentences.has(key)) sentences.set(key, { start: h[0], end: h[1], ids: [] });
    sentences.get(key).ids.push(e.event_id);
  }
  const inner = [];
  if (selected) {
    for (const kind of ["trigger", "source", "target"]) {
      const span = selected.highlights[kind];
      if (span) inner.push({ start: span[0], end: span[1], kind });
    }
  }
  const spans = [...sentences.values()].sort((a, b) => a.start - b.start);
  const blocks = article.blocks && article.blocks.length ? article.blocks : [[0, text.length]];
  return blocks.map(([b0, b1]) => {
    const para = el(b0 === 0 && article.title && text.slice(b0, b1) === article.title ? "h2" : "p", {});
    let at = b0;
    for (const sp of spans) {
      if (sp.end <= b0 || sp.start >= b1 || sp.start < at) continue;
      if (sp.start > at) para.append(text.slice(at, sp.start));
      const isSelected = selected && sp.ids.includes(selected.event_id);
      const end = Math.min(sp.end, b1);
      para.append(el("mark", { class: "ev" + (isSelected ? " selected" : ""), dataset: { events: sp.ids.join(" ") } },
        ...pieces(text, sp.start, end, isSelected ? inner : [])));
      at = end;
    }
    if (at < b1) para.append(text.slice(at, b1));
    return para;
  });
}

async function articlePage() {
  const id = decodeURIComponent(location.pathname.split("/").pop());
  const data = await api(`/api/articles/${encodeURIComponent(id)}`);
  const { article } = data;
  let evs = data.events;
  document.title = `${article.title || "Article"} · accord`;
  document.getElementById("article-title").textContent = article.title || "(untitled)";
  document.getElementById("article-meta").replaceChildren(
    article.published ? `published ${article.published.slice(0, 10)}` : "no publication date",
    article.url ? " · " : "", article.url ? el("a", { href: article.url, rel: "noopener noreferrer" }, "source") : "",
    ` · ${evs.length} coded events`);
  let selected = null;
  const reply = document.getElementById("reply");
  const form = document.getElementById("review-form");
  for (const t of PLOVER) form.elements.type.append(el("option", { value: t }, t));

  const select = id => {
    selected = evs.find(e => e.event_id === id) || null;
    draw();
    if (selected) {
      reply.hidden = false;
      document.getElementById("reply-event").textContent =
        `Reviewing: ${actorLabel(selected.source)} ${selected.cameo} ${selected.plover.type || ""} ${actorLabel(selected.target)}`;
      history.replaceState(null, "", "#" + selected.event_id);
    }
  };
  const draw = () => {
    document.getElementById("article-text").replaceChildren(...renderText(article, evs.filter(e => e.review !== "rejected"), selected));
    document.getElementById("article-events").replaceChildren(...evs.map(e => el("li", {
        class: selected && selected.event_id === e.event_id ? "selected" : null, id: "ev-" + e.event_id,
        dataset: { event: e.event_id } },
      el("div", { class: "codes q" + e.quad_class }, `${actorLabel(e.source)} → ${e.cameo} ${e.plover.type || ""} → ${actorLabel(e.target)}`),
      el("div", {}, `${e.modality} · confidence ${fmt(e.confidence)}` + (e.date ? ` · ${e.date}` : "") +
        (e.location ? ` · ${e.location.name}` : "")),
      e.review ? el("span", { class: "badge " + e.review }, e.review) : null,
      e.reviews && e.reviews.length ? el("ul", { class: "reviews" }, ...e.reviews.map(r =>
        el("li", {}, `${r.name}: ${r.action}` + (r.note ? ` — ${r.note}` : "")))) : null)));
  };
  document.getElementById("article-text").addEventListener("click", ev => {
    const mark = ev.target.closest("mark.ev");
    if (mark) select(mark.dataset.events.split(" ")[0]);
  });
  document.getElementById("article-events").addEventListener("click", ev => {
    const li = ev.target.closest("li[data-event]");
    if (li) select(li.dataset.event);
  });
  form.addEventListener("change", () => {
    document.getElementById("correction").disabled = form.elements.action.value !== "correct";
  });
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const errorNode = document.getElementById("review-error");
    const f = form.elements;
    for (const [name, label] of [["name", "Name"], ["email", "Email"]]) {
      if (!f[name].value.trim()) { showError(errorNode, `${label} is required.`); f[name].focus(); return; }
    }
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(f.email.value.trim())) {
      showError(errorNode, "Email does not look like an email address (name@example.org)."); f.email.focus(); return;
    }
    const body = { action: f.action.value, name: f.name.value.trim(), email: f.email.value.trim() };
    if (f.note.value.trim()) body.note = f.note.value.trim();
    if (body.action === "correct") {
      const correction = {};
      for (const k of ["type", "cameo", "source", "target", "location", "date"]) if (f[k].value.trim()) correction[k] = f[k].value.trim();
      if (!Object.keys(correction).length) { showError(errorNode, "A correction needs at least one field."); return; }
      body.correction = correction;
    }
    try {
      const saved = await api(`/api/events/${encodeURIComponent(selected.event_id)}/reviews`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const reviews = (await api(`/api/events/${encodeURIComponent(selected.event_id)}/reviews`)).reviews;
      const updated = Object.assign({}, saved.event, { highlights: selected.highlights, reviews });
      evs = evs.map(e => e.event_id === updated.event_id ? updated : e);
      showError(errorNode, "");
      form.elements.note.value = "";
      select(updated.event_id);
    } catch (e) {
      showError(errorNode, e.status === 401
        ? "This server needs its write token to record reviews: open the link that accord serve printed (…/#token=…)."
        : (e.field ? `${e.field}: ` : "") + e.message);
    }
  });
  // each event's reviews (names and notes; never emails)
  await Promise.all(evs.map(async e => { e.reviews = (await api(`/api/events/${encodeURIComponent(e.event_id)}/reviews`)).reviews; }));
  const wanted = location.hash.slice(1);
  if (wanted && evs.some(e => e.event_id === wanted)) select(wanted); else draw();
}

async function footer() {
  try {
    const h = await api("/api/health");
    document.getElementById("store-counts").textContent = `${h.articles} articles, ${h.events} events, ${h.reviews || 0} reviews`;
  } catch (e) { /* the page still works without the counts */ }
}

document.addEventListener("DOMContentLoaded", () => {
  const page = document.body.dataset.page;
  for (const a of document.querySelectorAll("nav a")) if (a.dataset.nav === page) a.classList.add("here");
  footer();
  const run = { overview, events, network, map, article: articlePage }[page];
  if (run) run().catch(e => {
    const main = document.querySelector("main");
    main.prepend(el("p", { class: "error", role: "alert" }, e.message));
  });
});
