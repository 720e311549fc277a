// What a visitor keeps on their own phone: the service worker (pages work offline), the saved list ("Lưu"), sharing
// ("Chia sẻ") and the install button. Plain JavaScript, no third-party code; nothing is sent anywhere. Without
// JavaScript or storage every page works as before: the buttons are added here, the lists are filled here.
"use strict";

(function () {
  var script = document.currentScript;
  var data = script ? script.dataset : {};
  var scope = data.scope || "/";
  var SAVED = "ocop:" + scope + ":saved";
  var RECENT = "ocop:" + scope + ":recent";
  var RECENT_MAX = 30;

  function read(key) {
    try { var v = JSON.parse(localStorage.getItem(key) || "[]"); return Array.isArray(v) ? v : []; } catch (e) { return []; }
  }
  function write(key, list) { try { localStorage.setItem(key, JSON.stringify(list)); return true; } catch (e) { return false; } }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }
  function format(template, value) { return (template || "").replace("{0}", value); }

  // The service worker: only where the browser has one (a secure context); the site works the same without.
  if ("serviceWorker" in navigator && data.sw) {
    navigator.serviceWorker.register(data.sw, { scope: scope }).catch(function () { });
  }

  // Pages this visitor opened, newest first: the offline page lists those the service worker kept.
  var tools = document.querySelector("[data-pagetools]");
  if (!document.querySelector("[data-offline]")) {
    var here = location.pathname;
    var title = (tools && tools.dataset.name) || document.title;
    write(RECENT, [{ url: here, title: title }].concat(read(RECENT).filter(function (r) { return r.url !== here; })).slice(0, RECENT_MAX));
  }

  // The header's link to the saved list, with its count.
  function showCount() {
    var count = read(SAVED).length;
    document.querySelectorAll("[data-saved-link]").forEach(function (link) {
      link.hidden = false;
      var badge = link.querySelector("[data-saved-count]");
      if (badge) badge.textContent = count ? String(count) : "";
    });
  }
  showCount();

  // Save and share on product, tourism and producer pages; the page carries what the saved list shows.
  if (tools) {
    var d = tools.dataset;
    var bar = el("div", "pagetools__bar");
    var save = el("button", "pagetools__button");
    save.type = "button";
    save.setAttribute("data-save", "");
    function isSaved() { return read(SAVED).some(function (s) { return s.url === d.url; }); }
    function paintSave() {
      var saved = isSaved();
      save.setAttribute("aria-pressed", saved ? "true" : "false");
      save.textContent = saved ? d.savedLabel : d.saveLabel;
    }
    save.addEventListener("click", function () {
      var list = read(SAVED).filter(function (s) { return s.url !== d.url; });
      if (!isSaved()) {
        list.unshift({ url: d.url, name: d.name, kind: d.kind, stars: d.stars || "", price: d.price || "", tel: d.tel || "", phone: d.phone || "", zalo: d.zalo || "" });
      }
      write(SAVED, list);
      paintSave();
      showCount();
    });
    paintSave();
    bar.appendChild(save);

    var share = el("button", "pagetools__button", d.shareLabel);
    share.type = "button";
    share.setAttribute("data-share", "");
    bar.appendChild(share);
    var panel = el("div", "pagetools__panel");
    panel.hidden = true;
    panel.id = "chia-se";
    panel.setAttribute("data-share-fallback", "");
    var copy = el("button", "button button--ghost", d.copyLabel);
    copy.type = "button";
    copy.setAttribute("data-copy", "");
    var status = el("span", "pagetools__status");
    status.setAttribute("role", "status");
    copy.addEventListener("click", function () {
      var done = function () { status.textContent = d.copiedLabel; };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(d.canonical).then(done, function () { status.textContent = d.canonical; });
      else status.textContent = d.canonical;
    });
    var facebook = el("a", "button button--ghost", d.facebookLabel);
    facebook.href = "https://www.facebook.com/sharer/sharer.php?u=" + encodeURIComponent(d.canonical);
    facebook.rel = "noopener";
    facebook.target = "_blank";
    facebook.setAttribute("data-facebook", "");
    var zalo = el("p", "pagetools__hint", d.zaloHint);
    zalo.setAttribute("data-share-zalo", "");
    panel.appendChild(copy);
    panel.appendChild(facebook);
    panel.appendChild(status);
    panel.appendChild(zalo);
    share.setAttribute("aria-controls", panel.id);
    share.setAttribute("aria-expanded", "false");
    share.addEventListener("click", function () {
      if (navigator.share) {
        navigator.share({ title: d.name, url: d.canonical }).catch(function () { });
        return;
      }
      panel.hidden = !panel.hidden;
      share.setAttribute("aria-expanded", panel.hidden ? "false" : "true");
    });
    tools.appendChild(bar);
    tools.appendChild(panel);
  }

  // The saved list (/da-luu/) and the offline page: built from the browser's own storage, as DOM nodes.
  function savedItem(s, list, removable) {
    var item = el("li", "saved__item");
    item.setAttribute("data-saved-item", "");
    var name = el("a", "saved__name", s.name);
    name.href = s.url;
    item.appendChild(name);
    var facts = [s.stars ? format(list.dataset.starsLabel, s.stars) : "", s.price].filter(Boolean).join(" · ");
    if (facts) item.appendChild(el("p", "saved__facts", facts));
    var links = el("p", "saved__links");
    if (s.tel) { var tel = el("a", "button", format(list.dataset.callLabel, s.phone)); tel.href = s.tel; links.appendChild(tel); }
    if (s.zalo) { var z = el("a", "button button--ghost", list.dataset.zaloLabel); z.href = s.zalo; links.appendChild(z); }
    if (removable) {
      var remove = el("button", "button button--ghost", list.dataset.removeLabel);
      remove.type = "button";
      remove.addEventListener("click", function () {
        write(SAVED, read(SAVED).filter(function (x) { return x.url !== s.url; }));
        fillSaved(list, removable);
        showCount();
      });
      links.appendChild(remove);
    }
    if (links.childNodes.length) item.appendChild(links);
    return item;
  }
  function fillSaved(list, removable) {
    var saved = read(SAVED);
    list.replaceChildren.apply(list, saved.map(function (s) { return savedItem(s, list, removable); }));
    var empty = document.querySelector(list.dataset.empty);
    if (empty) empty.hidden = saved.length > 0;
  }
  document.querySelectorAll("[data-saved-list]").forEach(function (list) { fillSaved(list, list.hasAttribute("data-removable")); });

  var recent = document.querySelector("[data-recent-list]");
  if (recent && "caches" in window) {
    var pages = read(RECENT);
    Promise.all(pages.map(function (p) {
      return caches.match(p.url, { ignoreSearch: true }).then(function (r) { return r ? p : null; }).catch(function () { return null; });
    })).then(function (kept) {
      kept = kept.filter(Boolean);
      recent.replaceChildren.apply(recent, kept.map(function (p) {
        var item = el("li");
        var link = el("a", "", p.title);
        link.href = p.url;
        item.appendChild(link);
        return item;
      }));
      var section = recent.closest("section");
      if (section) section.hidden = kept.length === 0;
    });
  }

  // "Try again" on the offline page: loads the address the visitor asked for, which the offline page stood in for.
  var retry = document.querySelector("[data-retry]");
  if (retry) {
    var again = el("button", "button", retry.dataset.label);
    again.type = "button";
    again.addEventListener("click", function () { location.reload(); });
    retry.appendChild(again);
  }

  // The install button, only where the browser offers to install the site.
  var install = document.querySelector("[data-install]");
  if (install) {
    window.addEventListener("beforeinstallprompt", function (event) {
      event.preventDefault();
      var button = el("button", "button button--ghost installbutton", install.dataset.label);
      button.type = "button";
      button.addEventListener("click", function () {
        event.prompt();
        button.remove();
      });
      install.replaceChildren(button);
    });
  }
})();
