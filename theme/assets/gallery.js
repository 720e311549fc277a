// Photo galleries: each photo is a link to its full-size copy; here a tap, a click or Enter opens it full screen in the
// gallery's <dialog> instead. Arrow keys and the buttons move between photos, Escape or "Đóng" closes, and focus goes
// back to the photo that opened the viewer. Without this script the links still open the photos.
"use strict";

function setupGallery(gallery) {
  var links = Array.from(gallery.querySelectorAll(".gallery__link"));
  var strip = gallery.querySelector(".gallery__strip");
  var dots = Array.from(gallery.querySelectorAll(".gallery__dot"));
  var dialog = gallery.querySelector(".viewer");
  if (!dialog || typeof dialog.showModal !== "function" || links.length === 0) return;
  var stage = dialog.querySelector(".viewer__stage");
  var count = dialog.querySelector(".viewer__count");
  var image = document.createElement("img");
  stage.appendChild(image);
  var current = 0;
  var opener = null;

  function format(template, a, b) { return template.replace("{0}", a).replace("{1}", b); }

  function show(index) {
    current = (index + links.length) % links.length;
    var link = links[current];
    image.src = link.href;
    image.alt = link.dataset.alt || "";
    count.textContent = format(gallery.dataset.count, current + 1, links.length);
  }

  links.forEach(function (link, index) {
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      opener = link;
      show(index);
      dialog.showModal();
      dialog.querySelector(".viewer__close").focus();
    });
  });

  dialog.querySelector(".viewer__close").addEventListener("click", function () { dialog.close(); });
  var previous = dialog.querySelector(".viewer__previous");
  var next = dialog.querySelector(".viewer__next");
  if (previous) previous.addEventListener("click", function () { show(current - 1); });
  if (next) next.addEventListener("click", function () { show(current + 1); });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowLeft") { event.preventDefault(); show(current - 1); }
    else if (event.key === "ArrowRight") { event.preventDefault(); show(current + 1); }
  });
  // A tap on the dark area around the photo closes, as on a phone's own photo viewer.
  dialog.addEventListener("click", function (event) { if (event.target === dialog || event.target === stage) dialog.close(); });
  dialog.addEventListener("close", function () {
    image.removeAttribute("src");
    if (opener) opener.focus();
  });

  // The dots follow the strip as it is swiped.
  if (dots.length > 1) {
    strip.addEventListener("scroll", function () {
      var width = strip.firstElementChild.getBoundingClientRect().width || 1;
      var at = Math.min(dots.length - 1, Math.round(strip.scrollLeft / width));
      dots.forEach(function (dot, i) { dot.style.background = i === at ? "var(--brand)" : ""; });
    }, { passive: true });
  }
}

document.querySelectorAll("[data-gallery]").forEach(setupGallery);
