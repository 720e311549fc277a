// Staff mode. A public page carries its "edit this page" address in <body data-edit-url>, never as a link a visitor
// sees. Opening any page with "?sua" in its address turns staff mode on for this browser (localStorage); every page
// then shows its edit link, with a button that turns the mode off again.
(() => {
  'use strict';
  const script = document.currentScript;
  const key = 'ocop-staff-mode';
  const store = (() => {
    try { return window.localStorage; } catch { return null; } // storage may be refused (private mode, policy)
  })();
  const params = new URLSearchParams(window.location.search);
  const asked = params.has('sua');
  if (asked && store) store.setItem(key, '1');
  if (!asked && !(store && store.getItem(key) === '1')) return;

  const main = document.getElementById('noi-dung');
  if (!main || !script) return;
  const box = document.createElement('p');
  box.className = 'edit-link edit-link--staff';
  const url = document.body.dataset.editUrl;
  if (url) {
    const link = document.createElement('a');
    link.href = url;
    link.textContent = script.dataset.editLabel;
    box.append(link);
  } else {
    box.append(script.dataset.editMode);
  }
  const off = document.createElement('button');
  off.type = 'button';
  off.className = 'edit-link__off';
  off.textContent = script.dataset.editOff;
  off.addEventListener('click', () => {
    if (store) store.removeItem(key);
    box.remove();
    if (asked) {
      // Without "?sua" in the address, a reload keeps the mode off.
      params.delete('sua');
      const query = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
    }
  });
  box.append(' ', off);
  main.append(box);
})();
