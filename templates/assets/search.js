// Starts Pagefind's default search interface on the search page (after pagefind-ui.js).
// A file of its own, not an inline script: the Content-Security-Policy allows only these.
(function () {
  'use strict';
  var container = document.getElementById('search');
  if (!container) return;

  function unavailable() {
    var note = document.getElementById('search-unavailable');
    if (note) note.hidden = false;
  }

  // Pagefind fetches its index: that needs a web server, not files opened from a disk.
  if (location.protocol === 'file:' || typeof window.PagefindUI !== 'function') {
    unavailable();
    return;
  }

  var bundlePath = container.getAttribute('data-bundle-path') || '/pagefind/';

  function start(parts) {
    var ui;
    try {
      ui = new window.PagefindUI({
        element: '#search',
        bundlePath: bundlePath,
        // A large site's index is written in parts (templates/lib/search-index.ts): search them all.
        mergeIndex: parts.map(function (part) {
          return { bundlePath: bundlePath + part };
        }),
        // The index holds each page's full path, path prefix included: add nothing to it.
        baseUrl: '/',
        showImages: false,
        showSubResults: false,
        excerptLength: 30,
        autofocus: true,
      });
    } catch (error) {
      unavailable();
      return;
    }
    // /search/?q=Женева starts with that search (links and the browser's back button keep it).
    var query = new URLSearchParams(location.search).get('q');
    if (query && ui && typeof ui.triggerSearch === 'function') ui.triggerSearch(query);
  }

  // Without the list (an index written before parts existed), the first part is the whole index.
  fetch(bundlePath + 'parts.json')
    .then(function (response) {
      return response.ok ? response.json() : { parts: [] };
    })
    .then(
      function (list) {
        return Array.isArray(list && list.parts) ? list.parts.filter(function (part) { return typeof part === 'string'; }) : [];
      },
      function () {
        return [];
      },
    )
    .then(start);
})();
