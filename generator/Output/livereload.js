// Preview only: reloads the page when the generator has rebuilt the site. Never published.
(function () {
  // The page says which it is, so that a rebuild makes it first and reloads it before the rest of the site is done.
  var events = document.currentScript.dataset.events + "?page=" + encodeURIComponent(location.pathname);
  var source = new EventSource(events);
  source.addEventListener("reload", function () { location.reload(); });
  // The search index and the staff form's schema (made just after the pages) were swapped in: a page that loaded one
  // (the search page, the staff form) loads it again.
  source.addEventListener("files", function () { if (document.querySelector("[data-index], [data-schema]")) location.reload(); });
})();
