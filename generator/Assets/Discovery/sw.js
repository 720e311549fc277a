// OCOP Showcase service worker. Plain JavaScript, no library; SETTINGS above is written by the build
// (generator/Assets/Discovery/ServiceWorker.cs).
//
// Caches, named after this build's version so a deploy never mixes two builds:
//   shell:   the theme's CSS, JS and icons (content hashes in their names), the manifest, each language's home,
//            saved and offline pages; fetched whole when the worker installs.
//   visited: the pages and photos a visitor opened, newest first, within SETTINGS.budget bytes (oldest dropped).
// Strategies:
//   pages (navigations): network first, so a visitor online always gets the deployed HTML with its own CSS; when the
//            network fails or is slower than NETWORK_WAIT_MS, the kept copy (and the network answer still updates it);
//            a page never opened shows the offline page of its language.
//   everything else of the site: the kept copy at once, refreshed from the network behind it (stale-while-revalidate).
// A new worker takes over at once, carries the visited pages over (pages fetched again from the new build, photos
// copied) and deletes every older cache.

const PREFIX = "ocop:" + SETTINGS.basePath + ":";
const SHELL = PREFIX + SETTINGS.version + ":shell";
const VISITED = PREFIX + SETTINGS.version + ":visited";
const INDEX_URL = SETTINGS.basePath + "__visited-index.json";
const NETWORK_WAIT_MS = 4000;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL)
    .then(function (cache) { return cache.addAll(SETTINGS.shell.map(function (url) { return new Request(url, { cache: "reload" }); })); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys()
    .then(function (names) {
      var old = names.filter(function (n) { return n.indexOf(PREFIX) === 0 && n !== SHELL && n !== VISITED; });
      return carryOver(old.filter(function (n) { return /:visited$/.test(n); }))
        .then(function () { return Promise.all(old.map(function (n) { return caches.delete(n); })); });
    })
    .then(function () { return self.clients.claim(); }));
});

// The visited pages of an older build, kept for this one: pages fetched again (the new build's HTML), other files
// copied as they are (photos are named after their content). What cannot be fetched now is dropped.
function carryOver(oldNames) {
  return oldNames.reduce(function (done, name) {
    return done.then(function () { return caches.open(name); }).then(function (old) {
      return readIndex(old).then(function (index) {
        return Object.keys(index).reduce(function (step, url) {
          return step.then(function () {
            var entry = index[url];
            var fresh = entry.page ? fetch(url, { cache: "no-cache" }) : old.match(url);
            return fresh.then(function (response) {
              if (response && response.ok) return remember(url, response, entry.page, entry.at);
            }).catch(function () { });
          });
        }, Promise.resolve());
      });
    });
  }, Promise.resolve());
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.indexOf(SETTINGS.basePath) !== 0) return;
  // Streams (the preview server's live reload) never end: left to the browser, never kept.
  if ((request.headers.get("Accept") || "").indexOf("text/event-stream") >= 0) return;
  if (request.mode === "navigate") event.respondWith(page(request, url, event));
  else event.respondWith(file(request, event));
});

function keyOf(url) { return url.origin + url.pathname; }

function isPage(response) { return (response.headers.get("Content-Type") || "").indexOf("text/html") === 0; }

function page(request, url, event) {
  var key = keyOf(url);
  var network = fetch(request).then(function (response) {
    if (response.ok && response.type === "basic" && !response.redirected && isPage(response)) {
      event.waitUntil(remember(key, response.clone(), true));
    }
    return response;
  });
  // Keeps the worker alive until a slow answer is kept too, after the kept copy was shown.
  event.waitUntil(network.catch(function () { }));
  var kept = caches.match(key, { ignoreSearch: true });
  var wait;
  var slow = new Promise(function (resolve) { wait = setTimeout(resolve, NETWORK_WAIT_MS); }).then(function () { return kept; });
  return Promise.race([network.catch(function () { return null; }), slow]).then(function (first) {
    clearTimeout(wait);
    if (first) return first;
    // The network failed or is slow: the kept copy; else wait for the network; else the offline page.
    return kept.then(function (copy) {
      return copy || network.catch(function () { return offlinePage(url); });
    });
  });
}

function offlinePage(url) {
  var match = SETTINGS.offline.filter(function (o) { return url.pathname.indexOf(o.prefix) === 0; })[0];
  return caches.match(match ? match.page : SETTINGS.offline[SETTINGS.offline.length - 1].page).then(function (r) { return r || Response.error(); });
}

function file(request, event) {
  var key = keyOf(new URL(request.url));
  return caches.match(key).then(function (kept) {
    var network = fetch(request).then(function (response) {
      // PDFs (print posters, documents) are large and for printing, not for reading offline: not kept.
      var keep = (response.headers.get("Content-Type") || "").indexOf("application/pdf") !== 0;
      if (keep && response.ok && response.type === "basic" && response.status === 200) {
        return caches.open(SHELL).then(function (shell) { return shell.match(key); }).then(function (inShell) {
          if (!inShell) event.waitUntil(remember(key, response.clone(), false));
          return response;
        });
      }
      return response;
    });
    if (kept) {
      // Shell files have content hashes in their names and never change; other kept files are refreshed behind.
      if (!/\.[0-9a-f]{10}\.[a-z]+$/.test(key)) event.waitUntil(network.catch(function () { }));
      return kept;
    }
    return network.catch(function () { return Response.error(); });
  });
}

// Keeps one response in the visited cache and records its size and time in the cache's index; over the budget,
// the oldest entries go. Writes are queued so two pages loading at once do not lose each other's entry.
var queue = Promise.resolve();
function remember(key, response, isPageEntry, at) {
  queue = queue.then(function () {
    return response.blob().then(function (body) {
      return caches.open(VISITED).then(function (cache) {
        var copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
        return cache.put(key, copy).then(function () { return readIndex(cache); }).then(function (index) {
          index[key] = { size: body.size, at: at || Date.now(), page: isPageEntry };
          var oldestFirst = Object.keys(index).sort(function (a, b) { return index[a].at - index[b].at; });
          var total = oldestFirst.reduce(function (sum, k) { return sum + index[k].size; }, 0);
          var drop = [];
          while (total > SETTINGS.budget && oldestFirst.length > 1) {
            var oldest = oldestFirst.shift();
            total -= index[oldest].size;
            delete index[oldest];
            drop.push(cache.delete(oldest));
          }
          return Promise.all(drop).then(function () {
            return cache.put(INDEX_URL, new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json" } }));
          });
        });
      });
    });
  }).catch(function () { });
  return queue;
}

function readIndex(cache) {
  return cache.match(INDEX_URL).then(function (r) { return r ? r.json() : {}; }).catch(function () { return {}; });
}
