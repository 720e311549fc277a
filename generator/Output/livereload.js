// Preview only: reloads the page when the generator has rebuilt the site. Never published.
(function () {
  var source = new EventSource(document.currentScript.dataset.events);
  source.addEventListener("reload", function () { location.reload(); });
})();
