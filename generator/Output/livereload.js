// Preview only: reloads the page when the generator has rebuilt the site. Never published.
(function () {
  var source = new EventSource(document.currentScript.dataset.events);
  source.addEventListener("reload", function () { location.reload(); });
  // The search index (made just after the pages) was swapped in: a search page drops the one it loaded.
  source.addEventListener("files", function () { if (document.querySelector("[data-index]")) location.reload(); });
})();
