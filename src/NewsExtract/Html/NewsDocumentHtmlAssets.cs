namespace NewsExtract;

/// <summary>The article page's inline style sheet and script (see <see cref="NewsDocumentHtml"/>).</summary>
internal static class NewsDocumentHtmlAssets
{
    // The style sheet and the script hold no '<' and no '&', so the page also parses as XML.
    public const string Css = """

:root { --line: #d9d9d3; --ink: #1f2328; --muted: #6b6f76; --on: #fff176; --on-edge: #d62828; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #f4f4f1; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.head { padding: 12px 20px 10px; background: #22303c; color: #fff; }
.head h1 { margin: 0 0 4px; font-size: 19px; font-weight: 600; overflow-wrap: break-word; }
.meta { margin: 0; color: #c9d4de; font-size: 13px; }
.meta span { margin-right: 14px; white-space: nowrap; }
.meta b { color: #fff; font-weight: 600; }
.legend { position: sticky; top: 0; z-index: 2; padding: 6px 20px; background: #fff; border-bottom: 1px solid var(--line); font-size: 12.5px; line-height: 1.9; }
.lg-title { margin: 0 6px 0 0; color: var(--muted); font-weight: 600; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; }
.lg-title + .lg-item, .lg-item { margin-right: 4px; }
.legend .lg-item { padding: 1px 6px; white-space: nowrap; }
.legend .lg-none { opacity: .45; }
.legend small { color: #444; font-size: 11px; }
.lg-hint { margin-left: 10px; color: var(--muted); font-size: 12px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(430px, 40%); gap: 18px; padding: 16px 20px 40px; }
.article { margin: 0; padding: 18px 22px; background: #fff; border: 1px solid var(--line); border-radius: 6px; white-space: pre-wrap; overflow-wrap: break-word; font: 16px/1.75 Georgia, "Times New Roman", serif; }
.side { position: sticky; top: 74px; align-self: start; max-height: calc(100vh - 80px); overflow: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.side h2 { margin: 0 0 8px; font-size: 15px; }
.side h2 small { color: var(--muted); font-weight: 400; }
.empty { color: var(--muted); }
@media (max-width: 1000px) { .layout { grid-template-columns: minmax(0, 1fr); } .side { position: static; max-height: none; } .legend { position: static; } }
.statements { width: 100%; border-collapse: collapse; font-size: 12.5px; }
.statements th { position: sticky; top: -10px; background: #eef0f2; text-align: left; font-weight: 600; padding: 4px 6px; border-bottom: 1px solid var(--line); }
.statements td { padding: 5px 6px; border-bottom: 1px solid #ececec; vertical-align: top; }
.statements tbody tr { cursor: pointer; }
.statements tbody tr:hover { background: #f6f3dc; }
.statements td.n { color: var(--muted); text-align: right; }
.statements td.s { font-weight: 600; min-width: 6em; overflow-wrap: break-word; }
.statements td.c { color: #333; min-width: 11em; }
.statements td.k { white-space: nowrap; }
.statements .sub { font-weight: 400; color: var(--muted); font-size: 11.5px; overflow-wrap: break-word; }
.statements .none { color: #aaa; }
.statements .sub.stance-Asserted { color: var(--muted); }
.statements .sub.stance-Denied { color: #b00020; font-weight: 600; }
.statements .sub.stance-Hedged { color: #8a5a00; font-weight: 600; }
tr.on, .statements tbody tr.on:hover { background: var(--on); }
.zone-Headline { font-weight: 700; font-size: 1.12em; background: #eef3f8; }
.zone-Dateline { color: #5d6168; background: #f3f3f0; }
.zone-Boilerplate { color: #9a9ea4; background: #f3f3f0; }
.zone-Caption { color: #555; font-style: italic; background: #f6f0e4; }
.zone-References { color: #555; font-size: .92em; background: #f3f3f0; }
.zone::before { content: attr(data-zone); display: inline-block; margin-right: 4px; padding: 0 4px; border-radius: 3px; background: #6b6f76; color: #fff; font: 600 10px/1.5 system-ui, sans-serif; font-style: normal; vertical-align: 2px; text-transform: uppercase; letter-spacing: .04em; }
.zone-Headline-key { font-weight: 700; background: #eef3f8; }
.zone-Caption-key { font-style: italic; background: #f6f0e4; }
.zone-Boilerplate-key { color: #9a9ea4; background: #f3f3f0; }
.qty::after, .date::after { content: attr(data-v); margin-left: 3px; padding: 0 3px; border-radius: 3px; font: 600 10.5px/1.4 system-ui, sans-serif; font-style: normal; vertical-align: 1px; white-space: nowrap; }
.qty::after { background: #d8f0ec; color: #17675e; }
.date::after { background: #ece0f7; color: #5a1f8f; }
.ent, .qty, .date, .src, .cue, .st { -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.index { margin-top: 16px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.index h2 { margin: 0 0 8px; font-size: 15px; }
.index h2 small { color: var(--muted); font-weight: 400; }
.entity-index { width: 100%; border-collapse: collapse; font-size: 13px; }
.entity-index th { background: #eef0f2; text-align: left; font-weight: 600; padding: 4px 6px; }
.entity-index td { padding: 4px 6px; border-bottom: 1px solid #ececec; vertical-align: top; }
.entity-index .num { text-align: right; white-space: nowrap; }
.entity-index .key, .entity-index .sub { color: var(--muted); font-size: 12px; }
.entity-index .ent { padding: 1px 5px; white-space: nowrap; }
.statements tr.grp th { position: static; background: #f7f5ee; font-size: 13px; padding: 7px 6px 4px; border-top: 2px solid var(--line); }
.statements .srcword { font-weight: 600; color: #444; }
@media print {
  body { background: #fff; font-size: 11pt; }
  .head { background: none; color: #000; padding: 0 0 6px; }
  .meta, .meta b { color: #000; }
  .legend { position: static; border: 0; }
  .lg-hint { display: none; }
  .layout { display: block; padding: 0; }
  .article { border: 0; padding: 0; font-size: 11pt; }
  .side { position: static; max-height: none; overflow: visible; border: 0; padding: 0; margin-top: 12px; }
  .statements th { position: static; }
  .statements tr, .entity-index tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
.ent { border-radius: 3px; padding: 1px 0; }
.ent-Person { background: #ffd6a5; }
.ent-ArmedGroup { background: #ffadad; }
.ent-StateForce { background: #a0c4ff; }
.ent-Government { background: #cdb4ff; }
.ent-Organization { background: #b9f3b0; }
.ent-GeoPolitical { background: #9be7f5; }
.ent-Location { background: #dfe6a1; }
.ent-Facility { background: #f4bde6; }
.ent-Nationality { background: #e3e3e3; }
.qty { border: 1.5px solid #2a9d8f; border-radius: 3px; }
.date { border: 1.5px dashed #7b2cbf; border-radius: 3px; }
.ev { box-shadow: inset 0 -3px 0 #d62828; font-weight: 600; }
.events { margin: 0; padding-left: 22px; font-size: 13px; }
.events .event { margin: 0 0 8px; }
.events .ev-head { color: var(--muted); }
.events .ev-head b { color: #d62828; }
.events ul { margin: 2px 0 0; padding-left: 14px; list-style: circle; }
.ev-mention { line-height: 1.8; }
.ev-legend { margin: 0 0 8px; font-size: 12px; line-height: 2; }
.ev-legend span, .ev-mention span { padding: 1px 4px; border-radius: 3px; }
.ev-trigger { background: #d62828; color: #fff; font-weight: 600; }
.ev-attacker { background: #ffadad; }
.ev-target { background: #a0c4ff; }
.ev-place { background: #9be7f5; }
.ev-time { background: #ece0f7; }
.ev-count { background: #d8f0ec; }
.ev-killed { background: #3d3d3d; color: #fff; }
.ev-injured { background: #ffd6a5; }
.st { text-decoration: underline 2px #e0b43c; text-underline-offset: 4px; cursor: pointer; }
.src { border-bottom: 3px solid #e76f51; font-weight: 600; cursor: pointer; }
.cue { font-style: italic; text-decoration: underline dotted 2px #555; text-underline-offset: 4px; }
.legend .st, .legend .src, .legend .cue { cursor: default; }
.st.on { background: var(--on); }
.src.on { background: #ffc2b3; outline: 2px solid var(--on-edge); }
.src.on .ent { background: transparent; }
.cue.on { background: #ffe0b2; outline: 2px dashed var(--on-edge); }
[title] { cursor: help; }
.st[title], .src[title] { cursor: pointer; }

""";

    // Statements are named by their indices as written in the data attributes: "3", or "3 4" for a piece (or a source)
    // that belongs to two statements; all of them light up together.
    public const string Script = """

(function () {
  'use strict';
  var pinned = '';
  var shown = '';
  function paint(ids, on) {
    ids.split(' ').forEach(function (i) {
      if (i === '') { return; }
      var sel = '[data-st~="' + i + '"],[data-src~="' + i + '"],[data-cue~="' + i + '"],[data-row="' + i + '"]';
      document.querySelectorAll(sel).forEach(function (el) { el.classList.toggle('on', on); });
    });
  }
  function show(ids) {
    if (ids !== shown) { paint(shown, false); shown = ids; paint(ids, true); }
  }
  function statementsAt(target) {
    var el = target.closest ? target.closest('[data-src],[data-cue],[data-st],[data-row]') : null;
    if (!el) { return ''; }
    return el.getAttribute('data-src') || el.getAttribute('data-cue') || el.getAttribute('data-st') || el.getAttribute('data-row');
  }
  function pin(ids, scroll) {
    pinned = ids;
    show(ids);
    if (scroll) {
      var el = document.querySelector('#article [data-st~="' + ids.split(' ')[0] + '"]');
      if (el) { el.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
    }
  }
  ['article', 'statements'].forEach(function (id) {
    var root = document.getElementById(id);
    if (!root) { return; }
    var fromTable = id === 'statements';
    root.addEventListener('mouseover', function (ev) { var ids = statementsAt(ev.target); show(ids === '' ? pinned : ids); });
    root.addEventListener('mouseleave', function () { show(pinned); });
    root.addEventListener('click', function (ev) {
      var ids = statementsAt(ev.target);
      var next = ids === pinned ? '' : ids;
      pin(next, fromTable ? next !== '' : false);
    });
    root.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') {
        var ids = statementsAt(ev.target);
        if (ids !== '') { ev.preventDefault(); pin(ids, true); }
      }
    });
  });
  var m = /^#st-(\d+)$/.exec(location.hash);
  if (m) { pin(String(parseInt(m[1], 10)), false); }
  document.documentElement.setAttribute('data-ready', 'yes');
})();

""";
}
