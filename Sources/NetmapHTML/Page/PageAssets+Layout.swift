// The page's skeleton. `<!--netmap:NAME-->` marks where HTMLPage puts the escaped title, the
// script's hash, the style, the drawing, the data and the script; the script builds the rest.
extension PageAssets {
    static let layout = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-<!--netmap:script-hash-->'; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'">
    <meta name="generator" content="netmap">
    <title><!--netmap:title--> · netmap</title>
    <style>
    <!--netmap:style-->
    </style>
    </head>
    <body>
    <header class="top">
      <h1 id="title"><!--netmap:title--></h1>
      <div class="search" role="search">
        <label for="search" class="sr">Find an entity by name or alias</label>
        <input id="search" type="search" role="combobox" aria-autocomplete="list" aria-expanded="false"
          aria-controls="search-results" placeholder="Find a name  ( / )" autocomplete="off" spellcheck="false">
        <ul id="search-results" role="listbox" aria-label="Matching entities" hidden></ul>
      </div>
      <div class="tabs" role="tablist" aria-label="Views">
        <button type="button" role="tab" id="tab-drawing" aria-controls="view-drawing" aria-selected="true">Drawing</button>
        <button type="button" role="tab" id="tab-entities" aria-controls="view-entities" aria-selected="false" tabindex="-1">Entities</button>
        <button type="button" role="tab" id="tab-relations" aria-controls="view-relations" aria-selected="false" tabindex="-1">Relations</button>
      </div>
    </header>
    <p id="notice" class="notice" role="note" hidden></p>
    <div class="layout">
      <aside id="filters" class="filters" aria-label="Filters">
        <p id="counts" class="counts" aria-live="polite"></p>
        <div id="filter-groups"></div>
      </aside>
      <main class="views">
        <section id="view-drawing" class="view" role="tabpanel" aria-labelledby="tab-drawing">
          <div class="toolbar" role="toolbar" aria-label="Drawing">
            <button type="button" id="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button>
            <button type="button" id="zoom-out" title="Zoom out (−)" aria-label="Zoom out">−</button>
            <button type="button" id="zoom-fit" title="Fit to screen (0)">Fit</button>
            <label id="colour-by-label" hidden>Colour edges by
              <select id="colour-by"></select></label>
            <label><input type="checkbox" id="remove-hidden"> Remove filtered-out parts</label>
          </div>
          <div id="canvas" class="canvas" tabindex="0"
            aria-label="Drawing. Drag or arrow keys to pan, wheel or plus and minus to zoom, 0 to fit. Click a name or a line for details.">
    <!--netmap:svg-->
          </div>
        </section>
        <section id="view-entities" class="view table-view" role="tabpanel" aria-labelledby="tab-entities" hidden>
          <div class="toolbar"><span id="entities-caption" class="caption"></span>
            <button type="button" id="entities-csv">Download CSV</button></div>
          <div class="table-wrap"><table id="entities-table"></table></div>
        </section>
        <section id="view-relations" class="view table-view" role="tabpanel" aria-labelledby="tab-relations" hidden>
          <div class="toolbar"><span id="relations-caption" class="caption"></span>
            <button type="button" id="relations-csv">Download CSV</button></div>
          <div class="table-wrap"><table id="relations-table"></table></div>
        </section>
      </main>
      <aside id="panel" class="panel" aria-label="Details" aria-live="polite" hidden>
        <button type="button" id="panel-close" class="close" aria-label="Close details (Escape)">×</button>
        <div id="panel-body"></div>
      </aside>
    </div>
    <div id="tooltip" class="tooltip" role="tooltip" hidden></div>
    <script type="application/json" id="netmap-data"><!--netmap:data--></script>
    <script><!--netmap:script--></script>
    </body>
    </html>

    """#
}
