namespace NewsExtract;

/// <summary>The corpus report's inline style sheet and script. Neither holds '&lt;' or '&amp;', so the page also parses as XML.</summary>
internal static class ReportAssets
{
    public const string Css = """

:root { --line: #d9d9d3; --ink: #1f2328; --muted: #6b6f76; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #f4f4f1; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.head { padding: 14px 20px 10px; background: #22303c; color: #fff; }
.head h1 { margin: 0 0 8px; font-size: 20px; font-weight: 600; overflow-wrap: anywhere; }
.totals { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 8px; }
.total { background: #2f4151; border-radius: 6px; padding: 6px 12px; min-width: 7em; }
.total dd { margin: 0; font-size: 18px; font-weight: 700; white-space: nowrap; }
.total dt { color: #c9d4de; font-size: 12px; }
.toc a { color: #cfe3ff; margin-right: 12px; font-size: 13px; }
main { padding: 12px 20px 40px; max-width: 1500px; margin: 0 auto; }
section { margin: 0 0 18px; }
h2 { font-size: 17px; margin: 18px 0 6px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr)); gap: 14px; }
.chart { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; min-width: 0; }
.chart figcaption { font-weight: 600; margin: 0 0 6px; }
.chart svg { width: 100%; height: auto; display: block; }
.chart { overflow-x: auto; }
.chart svg.bars, .chart svg.columns { min-width: 460px; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); unicode-bidi: isolate; }
svg .val, svg .tick { fill: #444; font-size: 11px; }
svg .axis-label { fill: var(--muted); font-size: 11.5px; }
svg .axis { stroke: #888; }
svg .grid { stroke: #e4e4e0; }
svg .bar:hover rect, svg .col:hover rect, svg .seg:hover rect { opacity: .75; }
.t-Person { fill: #f4a261; } .t-ArmedGroup { fill: #e76f51; } .t-StateForce { fill: #4d8fd6; } .t-Government { fill: #8e6bd6; } .t-Organization { fill: #52b36b; }
.k-Named { fill: #4d8fd6; } .k-Nominal { fill: #8e6bd6; } .k-Anonymous { fill: #9aa0a6; } .k-Document { fill: #52b36b; } .k-Pronoun { fill: #f4a261; } .k-other { fill: #c9a227; }
.c-articles { fill: #4d8fd6; } .c-attacks { fill: #d62828; }
.s-0 { fill: #4d8fd6; } .s-1 { fill: #e9a23b; } .s-2 { fill: #d62828; }
.a-0 { fill: #d62828; } .a-1 { fill: #4d8fd6; } .a-2 { fill: #e9a23b; } .a-3 { fill: #52b36b; } .a-4 { fill: #8e6bd6; } .a-5 { fill: #9aa0a6; }
.map svg { background: #dcebf5; max-height: 70vh; }
.chart .legend { margin: 4px 0 0; font-size: 12px; color: var(--muted); }
.chart .legend .key { margin-right: 10px; white-space: nowrap; }
.chart .legend svg { display: inline; width: 10px; height: 10px; vertical-align: -1px; }
.sea { fill: #dcebf5; }
.land path { fill: #f2efe6; stroke: #b9b4a6; }
.dot { fill: rgba(214, 40, 40, .55); stroke: #8a1010; }
.dot:hover { fill: rgba(214, 40, 40, .9); }
.map-label { fill: #222; paint-order: stroke; stroke: #fff; font-weight: 600; }
.note { color: var(--muted); font-size: 12.5px; margin: 6px 0; }
.empty { color: var(--muted); }
.data { width: 100%; border-collapse: collapse; background: #fff; font-size: 13px; }
.data th { background: #eef0f2; text-align: left; font-weight: 600; padding: 5px 7px; border-bottom: 1px solid var(--line); position: sticky; top: 0; }
.data td { padding: 5px 7px; border-bottom: 1px solid #ececec; vertical-align: top; }
.data .num { text-align: right; white-space: nowrap; }
.data .key { color: var(--muted); font-size: 12px; }
.sortable th { cursor: pointer; user-select: none; }
.sortable th[aria-sort="ascending"]::after { content: " \25B2"; }
.sortable th[aria-sort="descending"]::after { content: " \25BC"; }
.scroll { max-height: 70vh; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
#who-table td.src { font-weight: 600; min-width: 9em; }
#who-table td.content { min-width: 24em; }
.sub { font-weight: 400; color: var(--muted); font-size: 12px; }
.none { color: #aaa; }
.stance-Denied { color: #b00020; font-weight: 600; }
.stance-Hedged { color: #8a5a00; font-weight: 600; }
.error { color: #b00020; }
.filter { width: 100%; max-width: 40em; padding: 6px 9px; margin: 4px 0 8px; font: inherit; border: 1px solid #bbb; border-radius: 5px; }
.notes { color: var(--muted); font-size: 12.5px; border-top: 1px solid var(--line); margin-top: 24px; }
@media print { .head { background: none; color: #000; } .total { background: none; border: 1px solid #999; } .total dt, .toc { color: #333; } .filter, .toc { display: none; } .scroll { max-height: none; overflow: visible; border: 0; } .chart { break-inside: avoid; } }

""";

    public const string Script = """

(function () {
  'use strict';
  var filter = document.getElementById('who-filter');
  var who = document.getElementById('who-table');
  if (filter !== null) {
    if (who !== null) {
      filter.addEventListener('input', function () {
        var q = filter.value.trim().toLowerCase();
        who.tBodies[0].querySelectorAll('tr').forEach(function (row) {
          row.hidden = q !== '' ? row.textContent.toLowerCase().indexOf(q) === -1 : false;
        });
      });
    }
  }
  function cellValue(row, col, numeric) {
    var text = row.cells[col] ? row.cells[col].textContent.trim() : '';
    if (!numeric) { return text.toLowerCase(); }
    var n = parseFloat(text.replace(/,/g, ''));
    return isNaN(n) ? -Infinity : n;
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      th.setAttribute('tabindex', '0');
      function sort() {
        var numeric = th.getAttribute('data-sort') === 'num';
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, col, numeric), y = cellValue(b, col, numeric);
          var c = x > y ? 1 : (y > x ? -1 : 0);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { sort(); } });
    });
  });
  document.documentElement.setAttribute('data-ready', 'yes');
})();

""";
}
