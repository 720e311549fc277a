// Preview only: reloads the page when the generator has rebuilt the site. Never published.
(function () {
  // The page says which it is (a rebuild makes it first and reloads it before the rest of the site is done), and the
  // server's count it was served at (data-events carries it): a page served before a change it could not hear about
  // while it loaded is told to reload at once.
  var events = document.currentScript.dataset.events + "&page=" + encodeURIComponent(location.pathname);
  var source = new EventSource(events);
  source.addEventListener("reload", function () { location.reload(); });
  // The search index and the staff form's schema (made just after the pages) were swapped in: a page that loaded one
  // (the search page, the staff form) loads it again.
  source.addEventListener("files", function () { if (document.querySelector("[data-index], [data-schema]")) location.reload(); });
})();
