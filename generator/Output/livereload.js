// Preview only: reloads the page when the generator has rebuilt the site. Never published.
(function () {
  var source = new EventSource(document.currentScript.dataset.events);
  source.addEventListener("reload", function () { location.reload(); });
  // The search index and the staff form's schema (made just after the pages) were swapped in: a page that loaded one
  // (the search page, the staff form) loads it again.
  source.addEventListener("files", function () { if (document.querySelector("[data-index], [data-schema]")) location.reload(); });
})();
