// Slidejar dev server client: listens to the server's events. On "update" it swaps the slide's content (sent along
// with the event, or fetched) and the stylesheet in place (keeping the slide and the click), or reloads when the page itself is gone; on "failure"
// it shows the problem over the page until the next good build; "nav" moves this page as the presenter moves.
(function () {
  'use strict';
  var doc = document;
  window.__slidejarDev = true;
  var overlay = null;
  function showError(message) {
    if (!overlay) {
      overlay = doc.createElement('div');
      overlay.className = 'slidejar-error-overlay';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:1000;background:rgba(0,0,0,.85);color:#fff;'
        + 'font:14px/1.5 ui-monospace,monospace;padding:2rem;white-space:pre-wrap;overflow:auto';
      doc.body.appendChild(overlay);
    }
    overlay.textContent = 'Slidejar: the deck has a problem; showing the last good build.\n\n' + message;
  }
  function hideError() { if (overlay) { overlay.remove(); overlay = null; } }
  function sitePath() {
    var p = location.pathname.replace(/^\//, '');
    if (p === '') return 'index.html';
    if (/\/$/.test(p)) return p + 'index.html';
    if (/^(\d+|(presenter|notes)\/\d+|overview|print|toc)$/.test(p)) return p + '/index.html';
    return p;
  }
  function swapStyles(changed) {
    [].forEach.call(doc.querySelectorAll('link[rel=stylesheet]'), function (link) {
      var name = link.getAttribute('href').replace(/^(\.\.\/)+/, '').split('?')[0];
      if (changed.indexOf(name) < 0) return;
      var next = link.cloneNode();
      next.href = link.href.split('?')[0] + '?t=' + Date.now();
      next.onload = function () { link.remove(); };
      link.after(next);
    });
  }
  // files saved anew under their names (a picture): what the page shows of them is loaded again, in place (and
  // in slide content swapped in later); one a stylesheet shows (a background) reloads the page, which keeps its
  // slide and click (they are in its URL)
  var saved = {};
  function refreshFiles(changed) {
    var files = changed.filter(function (p) { return !/(^|\/)index\.html$/.test(p) && !/\.(css|js)$/.test(p); });
    if (!files.length) return;
    files.forEach(function (f) { saved[f] = Date.now(); });
    showSaved(doc);
    var inStyles = [].some.call(doc.styleSheets, function (sheet) {
      try {
        return [].some.call(sheet.cssRules, function (rule) {
          return files.some(function (f) { return rule.cssText.indexOf(f) >= 0; });
        });
      } catch (x) { return false; }
    });
    if (inStyles) location.reload();
  }
  function showSaved(root) {
    function fresh(url) {
      var u = new URL(url, location.href);
      var path = decodeURIComponent(u.pathname.slice(1));
      if (u.origin !== location.origin || !saved[path] || u.search === '?t=' + saved[path]) return null;
      return u.pathname + '?t=' + saved[path];
    }
    [].forEach.call(root.querySelectorAll('[src], video[poster], [style*="url("]'), function (el) {
      ['src', 'poster'].forEach(function (name) {
        var next = el.hasAttribute(name) && fresh(el.getAttribute(name));
        if (next) el.setAttribute(name, next);
      });
      var style = el.getAttribute('style');
      if (style && style.indexOf('url(') >= 0) {
        el.setAttribute('style', style.replace(/url\((['"]?)([^'")]+)\1\)/g, function (all, q, url) {
          var next = fresh(url);
          return next ? 'url(' + q + next + q + ')' : all;
        }));
      }
    });
  }
  // a page served from the server's start snapshot says so: it then hears what the server's first render changed
  var script = doc.currentScript;
  var fromSnapshot = !!script && /[?&]from=snapshot\b/.test(script.src);
  var events = new EventSource('/__slidejar/events' + (fromSnapshot ? '?from=snapshot' : ''));
  events.addEventListener('update', function (e) {
    var data = JSON.parse(e.data);
    hideError();
    swapStyles(data.changed);
    refreshFiles(data.changed);
    if (data.changed.indexOf(sitePath()) < 0) return;
    var page = doc.querySelector('.slidev-page');
    if (!page || !window.$slidejar) { location.reload(); return; }
    var inline = data.pages && data.pages[sitePath()];
    (inline ? Promise.resolve(inline) : fetch(location.pathname, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    })).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html').querySelector('.slidev-page');
      if (!next) { location.reload(); return; }
      page.innerHTML = next.innerHTML;
      if (page.querySelector('.slidejar-mermaid')) {
        // a diagram: drawn by the page's Mermaid, or the page loads it
        if (!window.slidejarDrawDiagrams) { location.reload(); return; }
        window.slidejarDrawDiagrams();
      }
      showSaved(page);
      page.className = next.className;
      page.setAttribute('data-slidev-clicks-total', next.getAttribute('data-slidev-clicks-total') || '0');
      window.$slidejar.refresh(+data.total || 0);
    }).catch(function () { location.reload(); });
  });
  events.addEventListener('failure', function (e) { showError(JSON.parse(e.data).message); });
  events.addEventListener('nav', function (e) {
    var m = JSON.parse(e.data);
    if (window.$slidejarFollow) window.$slidejarFollow(m.no, m.clicks);
  });
})();
