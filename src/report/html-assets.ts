/**
 * The HTML report's own style and script. Kept apart so their hashes for the
 * Content-Security-Policy are computed from exactly what is inlined.
 *
 * @internal
 */

export const STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1d1f21; --muted: #5f6b76; --line: #d8dee4; --card: #f6f8fa;
  --disc: #b3261e; --agree: #1e7b34; --note: #5f6b76; --accent: #1b6ac9; --group: #eaf1fb; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #16181b; --fg: #e6e8ea; --muted: #9aa5b1; --line: #3a4048; --card: #1f2328; --disc: #ff7b72; --agree: #56d364; --note: #9aa5b1; --accent: #58a6ff; --group: #1d2a3a; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--fg); }
/* Corpus text may be one unbroken string of any length: wherever it is written
   (always in a <bdi>, a quote or a note) it breaks rather than widening the page
   (anywhere, unlike break-word, also lowers the min-content width that tables,
   grids and flex items size by). The report's own words keep whole, so a narrow
   column never splits a heading such as "copies". */
bdi, blockquote, .finding p, .source-table small, .unsafe-url { overflow-wrap: anywhere; word-break: normal; }
.source-table .trust { white-space: nowrap; }
header, main { max-width: 1600px; margin: 0 auto; padding: 0 1rem; }
@media (min-width: 1100px) {
  /* The timeline stays in view beside the findings, and only there: the sources follow both columns. */
  .columns { display: grid; grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); column-gap: 1.5rem; align-items: start; }
  .timeline { position: sticky; top: 0.5rem; }
}
h1 { font-size: 1.5rem; margin: 1rem 0 0.25rem; }
.summary { color: var(--muted); margin: 0 0 1rem; }
section { margin: 1.5rem 0; }
.timeline-svg { background: var(--card); border: 1px solid var(--line); border-radius: 6px; }
.timeline-svg text { fill: var(--fg); font-size: 11px; }
.timeline-svg .row-label .predicate { font-weight: 600; }
.timeline-svg .row-label .subject { fill: var(--muted); font-size: 10px; }
.timeline-svg .tick { stroke: var(--line); stroke-width: 1; }
.timeline-svg .tick.year { stroke: var(--muted); }
.timeline-svg .tick-label { fill: var(--muted); text-anchor: middle; }
.timeline-svg .mark.contested { stroke: var(--disc); stroke-width: 2.5; }
.timeline-svg a:focus .mark, .timeline-svg a:hover .mark { stroke: var(--fg); stroke-width: 3; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.75rem; }
.swatch { vertical-align: -1px; margin-right: 0.3rem; }
.hint, .timeline-note { color: var(--muted); font-size: 0.85rem; }
.filters { display: flex; gap: 1rem; flex-wrap: wrap; }
.filters fieldset { border: 1px solid var(--line); border-radius: 6px; }
.filters label { margin-right: 0.75rem; }
.finding-list { list-style: none; padding: 0; }
.finding { border-left: 4px solid var(--note); background: var(--card); margin: 0.4rem 0; padding: 0.4rem 0.6rem; border-radius: 4px; }
.finding.discrepancy { border-left-color: var(--disc); }
.finding.agreement { border-left-color: var(--agree); }
.finding[hidden] { display: none; }
.finding summary { cursor: pointer; }
.finding summary:focus-visible, a:focus-visible, input:focus-visible, button:focus-visible, .source-filter:focus-visible { outline: 3px solid #1b6ac9; outline-offset: 2px; }
.badge { font-weight: 600; text-transform: uppercase; font-size: 0.75rem; letter-spacing: 0.03em; }
.discrepancy .badge { color: var(--disc); } .agreement .badge { color: var(--agree); } .note .badge { color: var(--note); }
.sev { color: var(--muted); font-size: 0.8rem; }
.evidence { padding-left: 1rem; }
blockquote { margin: 0.3rem 0 0.6rem; padding-left: 0.6rem; border-left: 3px solid var(--line); color: var(--muted); font-style: italic; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; }
.unsafe-url, .muted { color: var(--muted); }
.num { color: var(--muted); font-size: 0.8rem; font-variant-numeric: tabular-nums; }
.consensus { margin: 0.2rem 0 0.4rem; }
.bar { vertical-align: -1px; }
.bar-track { fill: var(--line); }
.bar-fill { fill: var(--accent); }
.trust-number { font-variant-numeric: tabular-nums; }
.source-filter { background: var(--card); border: 1px solid var(--accent); border-radius: 6px; padding: 0.4rem 0.6rem; }
.source-filter[hidden], .subject-group[hidden], .predicate-group[hidden] { display: none; }
.copy-graph { background: var(--card); border: 1px solid var(--line); border-radius: 6px; }
.copy-graph text { fill: var(--fg); font-size: 12px; }
.copy-graph .group-box { fill: var(--group); stroke: var(--line); stroke-width: 1.5; }
.copy-graph .group-label { fill: var(--muted); font-size: 11px; }
.copy-graph .node { stroke: var(--bg); stroke-width: 2; }
.copy-graph .node-trust { fill: #fff; font-size: 10px; font-weight: 700; text-anchor: middle; }
.copy-graph .node-label { text-anchor: middle; font-size: 11px; }
.copy-graph .edge { stroke: var(--muted); stroke-width: 1.8; }
.copy-graph .declared .edge { stroke-dasharray: 5 3; }
.copy-graph .edge-hit { stroke: transparent; stroke-width: 14; }
.copy-graph .arrowhead { fill: var(--muted); }
.copy-graph .edge-label { fill: var(--muted); font-size: 10px; text-anchor: middle; }
.copy-graph a:focus .node, .copy-graph a:hover .node { stroke: var(--fg); stroke-width: 3; }
.copy-graph a:focus .edge, .copy-graph a:hover .edge { stroke: var(--fg); stroke-width: 3; }
.copy-graph a:focus .arrowhead, .copy-graph a:hover .arrowhead { fill: var(--fg); }
.source-table th[scope=row] { font-weight: normal; }
.source-table button { font: inherit; font-size: 0.85rem; }
.finding-refs { font-size: 0.85rem; }
@media print {
  /* Paper is white whatever the screen's scheme: reset the palette the timeline's SVG draws with too. */
  :root { --bg: #fff; --fg: #000; --muted: #444; --line: #bbb; --card: #fff; --disc: #b3261e; --agree: #1e7b34; --note: #444; --accent: #1b6ac9; --group: #f2f2f2; }
  body { font-size: 11pt; background: #fff; color: #000; }
  .filters, .hint, .source-filter, .source-table button { display: none; }
  .subject-group[hidden], .predicate-group[hidden] { display: block; }
  .copy-graph, .source-table tr { break-inside: avoid; }
  .finding { break-inside: avoid; border: 1px solid #999; }
  h2, h3, h4 { break-after: avoid; }
  .finding[hidden] { display: block; }
  a { color: inherit; text-decoration: none; }
}
`;

export const SCRIPT = `
(function () {
  var form = document.querySelector(".filters");
  var status = document.getElementById("source-filter");
  // The findings a source (or a pair that copies) decides: each finding lists
  // the sources in its clusters by index; a filter keeps those that hold all of them.
  var required = null, requiredLabel = "";
  function each(selector, root, f) { Array.prototype.forEach.call((root || document).querySelectorAll(selector), f); }
  function on(name) {
    var boxes = form ? form.querySelectorAll("input[name=" + name + "]:checked") : [];
    return Array.prototype.map.call(boxes, function (i) { return i.value; });
  }
  function decided(li) {
    if (!required) return true;
    var has = " " + (li.getAttribute("data-sources") || "") + " ";
    return required.every(function (s) { return has.indexOf(" " + s + " ") >= 0; });
  }
  function apply() {
    var kinds = on("kind"), severities = on("severity"), shown = 0;
    each(".finding", null, function (li) {
      li.hidden = kinds.indexOf(li.dataset.kind) < 0 || severities.indexOf(li.dataset.severity) < 0 || !decided(li);
      if (!li.hidden) shown++;
    });
    // A heading with nothing left under it goes too.
    each(".predicate-group", null, function (g) { g.hidden = !g.querySelector(".finding:not([hidden])"); });
    each(".subject-group", null, function (g) { g.hidden = !g.querySelector(".predicate-group:not([hidden])"); });
    if (status) {
      status.hidden = !required;
      status.querySelector(".source-filter-text").textContent = required
        ? "Showing " + shown + " finding" + (shown === 1 ? "" : "s") + " decided by " + requiredLabel + "."
        : "";
    }
  }
  if (form) form.addEventListener("change", apply);
  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("[data-filter-sources], .source-filter-clear");
    if (!target) return;
    event.preventDefault();
    if (target.classList.contains("source-filter-clear")) {
      required = null;
      apply();
      document.getElementById("findings-h").focus();
      return;
    }
    required = target.getAttribute("data-filter-sources").split(" ");
    requiredLabel = target.getAttribute("data-filter-label");
    apply();
    status.focus();
    status.scrollIntoView({ block: "start" });
  });
  // Following a timeline mark or a finding number opens its finding.
  function openTarget() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (!target) return;
    // A finding the source filter hides comes back into view.
    if (target.hidden && required) { required = null; apply(); }
    var d = target.querySelector("details");
    if (d) d.open = true;
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  // Print every finding with its quotes.
  window.addEventListener("beforeprint", function () {
    each("details", null, function (d) { d.open = true; });
  });
})();
`;
