// The page's style sheet: system fonts only, text at the browser's default size, and the
// Okabe–Ito colours of the drawing.
extension PageAssets {
    static let style = #"""
    :root {
      --ink: #1d1d1f; --muted: #5f6368; --line: #d0d4da; --paper: #ffffff; --shade: #f4f6f8;
      --accent: #0072B2; --focus: #E69F00; --mark: #fff3b0; --cue: #d8ecfa;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      color: var(--ink); background: var(--paper);
    }
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; }
    body { display: flex; flex-direction: column; font-size: 1rem; line-height: 1.4; }
    button, input, select { font: inherit; }
    button { cursor: pointer; border: 1px solid var(--line); background: var(--paper); border-radius: 4px; padding: .2em .6em; color: var(--ink); }
    button:hover { background: var(--shade); }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

    .top { display: flex; align-items: center; gap: 1rem; padding: .5rem 1rem; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
    .top h1 { font-size: 1.15rem; margin: 0; flex: 0 1 auto; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 40vw; }
    .search { position: relative; flex: 1 1 16rem; max-width: 28rem; }
    .search input { width: 100%; padding: .3em .6em; border: 1px solid var(--line); border-radius: 4px; }
    .search ul { position: absolute; z-index: 20; left: 0; right: 0; margin: 2px 0 0; padding: 0; list-style: none;
      background: var(--paper); border: 1px solid var(--line); border-radius: 4px; box-shadow: 0 4px 14px rgba(0,0,0,.15); max-height: 60vh; overflow: auto; }
    .search li { padding: .3em .6em; cursor: pointer; display: flex; gap: .5em; align-items: baseline; }
    .search li[aria-selected="true"], .search li:hover { background: var(--cue); }
    .search li .alias { color: var(--muted); font-size: .9em; }
    .tabs { display: flex; gap: .25rem; }
    .tabs [role="tab"] { border-radius: 4px 4px 0 0; }
    .tabs [aria-selected="true"] { background: var(--ink); color: var(--paper); border-color: var(--ink); }

    .notice { margin: 0; padding: .5rem 1rem; background: #fff4e0; border-bottom: 1px solid #e6c88c; }
    .layout { flex: 1 1 auto; display: flex; min-height: 0; }
    .filters { flex: 0 0 16rem; overflow-x: hidden; overflow-y: auto; padding: .5rem .75rem; border-right: 1px solid var(--line); background: var(--shade); }
    .filters fieldset { border: 0; margin: 0 0 .75rem; padding: 0; }
    .filters legend { font-weight: 600; padding: 0; margin-bottom: .2rem; }
    .filters label { display: flex; align-items: center; gap: .35em; padding: .05em 0; }
    .filters label > input[type="checkbox"] { flex: 0 0 auto; margin-left: 0; }
    .filters label > span:not(.count):not(.swatch) { min-width: 0; overflow-wrap: anywhere; }
    .filters .count { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; font-size: .9em; }
    .filters .zero { color: #8a8f96; }
    .filters .scroll { max-height: 12rem; overflow: auto; }
    .filters .all-none { display: flex; gap: .3rem; margin: .15rem 0; }
    .filters .all-none button { font-size: .85em; padding: 0 .5em; }
    .filters input[type="range"] { width: 100%; }
    .counts { font-weight: 600; margin: 0 0 .6rem; }
    .swatch { display: inline-block; width: 1.6em; height: .7em; border-radius: 2px; flex: 0 0 auto; }
    .swatch.line { height: 0; border-top: 3px solid; border-radius: 0; }
    .swatch.dashed { border-top-style: dashed; }
    .swatch.dotted { border-top-style: dotted; }
    .swatch.double { border-top-style: double; border-top-width: 5px; }
    .swatch.box { border: 2px solid; }

    .views { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; }
    .view { flex: 1 1 auto; display: flex; flex-direction: column; min-height: 0; }
    .view[hidden] { display: none; }
    .toolbar { display: flex; align-items: center; gap: .5rem; padding: .35rem .75rem; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
    .toolbar .caption { margin-right: auto; color: var(--muted); }
    .canvas { flex: 1 1 auto; overflow: hidden; position: relative; cursor: grab; background: var(--paper); touch-action: none; }
    .canvas.dragging { cursor: grabbing; }
    .canvas > svg { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
    .canvas .empty { padding: 2rem; color: var(--muted); }
    .canvas g.node, .canvas g.edge { cursor: pointer; }
    .canvas .hit { stroke: transparent; fill: none; stroke-width: 10px; pointer-events: stroke; }
    .canvas .off { opacity: .1 !important; }
    .canvas.remove-hidden .off { display: none; }
    .canvas .sel > ellipse, .canvas .sel > polygon, .canvas .sel > path:not(.hit) { stroke-width: 4px; }
    .canvas g.node.sel > ellipse, .canvas g.node.sel > polygon { stroke: var(--ink); }
    .canvas .adj > path:not(.hit) { stroke-width: 3px; }
    .canvas.focus g.edge:not(.sel):not(.adj), .canvas.focus g.node[data-entity]:not(.sel):not(.nbr) { opacity: .3; }
    .canvas .flash > ellipse, .canvas .flash > polygon { animation: flash 1.2s ease-out 2; }
    @keyframes flash { 50% { stroke-width: 8px; stroke: var(--focus); } }

    .panel { flex: 0 0 26rem; max-width: 45vw; overflow: auto; padding: .75rem 1rem 2rem; border-left: 1px solid var(--line); position: relative; }
    .panel h2 { font-size: 1.15rem; margin: 0 2rem .25rem 0; overflow-wrap: anywhere; }
    .panel h3 { font-size: 1rem; margin: 1rem 0 .35rem; }
    .panel h4 { font-size: .95rem; margin: .6rem 0 .25rem; color: var(--muted); }
    .panel .close { position: absolute; right: .6rem; top: .6rem; font-size: 1.2rem; line-height: 1; }
    .panel .meta { color: var(--muted); margin: 0 0 .4rem; overflow-wrap: anywhere; }
    .panel ul { margin: .2rem 0; padding-left: 1.1rem; }
    .panel li { margin: .15rem 0; overflow-wrap: anywhere; }
    .panel li.filtered { opacity: .6; }
    .panel .linkish { border: 0; background: none; padding: 0; color: var(--accent); text-decoration: underline; text-align: left; }
    .panel .evidence { list-style: none; padding: 0; }
    .panel .evidence li { border-left: 4px solid var(--line); padding: .3rem .6rem; margin: .5rem 0; background: var(--shade); }
    .panel blockquote { margin: 0 0 .25rem; overflow-wrap: anywhere; }
    .panel mark { background: var(--mark); border-radius: 2px; padding: 0 1px; }
    .panel mark.cue { background: var(--cue); font-weight: 600; }
    .panel .source { color: var(--muted); font-size: .9em; overflow-wrap: anywhere; }
    .badge { display: inline-block; border-radius: 999px; padding: 0 .55em; font-size: .85em; border: 1px solid var(--line); background: var(--paper); margin-right: .25em; }
    .status-occurred { border-color: #0072B2; }
    .status-planned, .status-proposed { border-style: dashed; border-color: #E69F00; }
    .status-negated { border-style: dotted; border-color: #D55E00; }

    .table-wrap { flex: 1 1 auto; overflow: auto; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: break-word; }
    th, td.num, td.short { white-space: nowrap; }
    td { max-width: 32rem; }
    thead th { position: sticky; top: 0; background: var(--shade); z-index: 1; }
    th button { border: 0; background: none; padding: 0; font-weight: 600; }
    th[aria-sort="ascending"] button::after { content: " ▲"; }
    th[aria-sort="descending"] button::after { content: " ▼"; }
    td.num, th.num { text-align: right; }
    tbody tr { cursor: pointer; }
    tbody tr:hover, tbody tr:focus { background: var(--cue); }
    tr.more td { text-align: center; cursor: default; }

    .tooltip { position: fixed; z-index: 30; pointer-events: none; max-width: 26rem; background: var(--ink); color: var(--paper);
      padding: .35rem .6rem; border-radius: 4px; font-size: .9rem; box-shadow: 0 2px 8px rgba(0,0,0,.25); overflow-wrap: anywhere; }
    @media (max-width: 900px) {
      .filters { flex-basis: 12rem; }
      .panel { position: absolute; right: 0; top: 0; bottom: 0; background: var(--paper); max-width: 90vw; z-index: 10; }
      .layout { position: relative; }
    }
    """#
}
