// Slidejar runtime for slide pages. Each slide is its own page (N/index.html); this script adds what Slidev does
// in the browser: clicks (?clicks=K), Slidev's keys, the go-to dialog, dark mode, fullscreen, swipes, a control
// bar, sync with the presenter (BroadcastChannel) and slide transitions (cross-document view transitions).
// Without it every click is shown and the plain links of .slidejar-nav still move between slides.
(function () {
  'use strict';
  var doc = document, root = doc.documentElement, body = doc.body;
  var page = doc.querySelector('.slidev-page');
  if (!page) return;
  var query = new URLSearchParams(location.search);
  var no = +page.getAttribute('data-slidev-no');
  var total = +body.getAttribute('data-slidejar-total');
  var clicksTotal = +(page.getAttribute('data-slidev-clicks-total') || 0);
  var print = query.get('print') === 'true' || query.has('print') && query.get('print') !== 'false';
  var embedded = query.get('embedded') === 'true';
  var channel = 'BroadcastChannel' in window ? new BroadcastChannel('slidejar:' + body.getAttribute('data-slidejar-deck')) : null;
  var targets = [].slice.call(page.querySelectorAll('[data-slidev-clicks-start]'));
  var clicks = 0;

  // ---- clicks -------------------------------------------------------------------------------------------
  var codeBlocks = [].slice.call(page.querySelectorAll('[data-slidejar-ranges-start]'));
  // a code block's line ranges: range clicks - start + 1 (the first before its clicks, finally after them)
  function showRange(block, at) {
    var ranges = JSON.parse(block.getAttribute('data-slidejar-ranges'));
    var index = Math.max(0, at - +block.getAttribute('data-slidejar-ranges-start') + 1);
    var last = block.getAttribute('data-slidejar-ranges-finally') || ranges[ranges.length - 1];
    var range = index < ranges.length ? ranges[index] : last;
    var hide = range === 'hide';
    block.classList.toggle('slidev-vclick-hidden', hide);
    if (hide) range = index + 1 < ranges.length ? ranges[index + 1] : last;
    var math = block.classList.contains('slidev-katex-wrapper');
    var lines = math ? equationLines(block) : [].slice.call(block.querySelectorAll('.shiki code > .line')).map(function (l) { return [l]; });
    var first = +block.getAttribute('data-slidejar-start-line') || 1;
    var shown = lineSet(lines.length + first - 1, range);
    lines.forEach(function (line, i) {
      var on = shown[i + first] === true;
      line.forEach(function (el) {
        el.classList.toggle(math ? 'slidev-vclick-target' : 'slidev-code-highlighted', math || on);
        if (!math) el.classList.toggle('slidev-code-dishonored', !on);
        el.classList.toggle('highlighted', on);
        el.classList.toggle('dishonored', !on);
      });
    });
  }
  // the rows of a KaTeX block's outermost tables, row by row across their columns (as Slidev lines them up)
  function equationLines(block) {
    var lines = [];
    [].slice.call(block.querySelectorAll('.mtable > [class*=col-align]')).filter(function (column) {
      return !(column.parentElement && column.parentElement.closest('.mtable > [class*=col-align]'));
    }).forEach(function (column) {
      [].slice.call(column.querySelectorAll(':scope > .vlist-t > .vlist-r > .vlist > span > .mord')).forEach(function (row, i) {
        (lines[i] = lines[i] || []).push(row);
      });
    });
    return lines;
  }
  function lineSet(count, range) {
    var set = {};
    range = (range || '').trim();
    if (range === 'none') return set;
    if (!range || range === 'all' || range === '*') range = '1-' + count;
    range.split(/[,;]/).forEach(function (part) {
      var ends = part.split('-');
      var from = +ends[0], to = ends.length > 1 ? (ends[1].trim() ? +ends[1] : count) : from;
      for (var n = from; n <= Math.min(to, count); n++) set[n] = true;
    });
    return set;
  }
  function applyClicks(value) {
    clicks = Math.max(0, Math.min(clicksTotal, value | 0));
    targets.forEach(function (el) {
      var start = +el.getAttribute('data-slidev-clicks-start');
      var end = el.hasAttribute('data-slidev-clicks-end') ? +el.getAttribute('data-slidev-clicks-end') : Infinity;
      var active = start <= clicks && clicks < end;
      var hidden = el.hasAttribute('data-slidev-clicks-hide') ? active : !active;
      var cls = el.classList.contains('slidev-vclick-display-switch') ? 'slidev-vclick-display-none' : 'slidev-vclick-hidden';
      el.classList.toggle(cls, hidden);
      el.classList.toggle('slidev-vclick-current', active && clicks === start);
      el.classList.toggle('slidev-vclick-prior', active && clicks !== start);
    });
    codeBlocks.forEach(function (block) { showRange(block, clicks); });
    page.setAttribute('data-slidev-clicks', clicks);
    var counter = doc.querySelector('.slidejar-counter');
    if (counter) counter.textContent = no + ' / ' + total + (clicksTotal ? ' · ' + clicks + '/' + clicksTotal : '');
  }
  function initialClicks() {
    var q = query.get('clicks');
    if (q === 'last') return clicksTotal;
    if (q != null) return +q || 0;
    return print ? clicksTotal : 0;
  }
  function updateUrl(push) {
    var params = new URLSearchParams(location.search);
    if (clicks) params.set('clicks', clicks); else params.delete('clicks');
    var search = params.toString();
    var url = location.pathname + (search ? '?' + search : '') + location.hash;
    if (push) history.pushState({ clicks: clicks }, '', url); else history.replaceState({ clicks: clicks }, '', url);
  }

  // ---- navigation ---------------------------------------------------------------------------------------
  var prefix = /\/\d+\/(index\.html)?$/.test(location.pathname) ? '../' : '';
  function slideUrl(n, clickValue) {
    var params = new URLSearchParams();
    if (clickValue) params.set('clicks', clickValue);
    if (embedded) params.set('embedded', 'true');
    var s = params.toString();
    return prefix + n + '/index.html' + (s ? '?' + s : '');
  }
  function go(n, clickValue, direction) {
    n = Math.max(1, Math.min(total, n | 0));
    if (n === no) {
      setClicks(clickValue === 'last' ? clicksTotal : +clickValue || 0, true);
      return;
    }
    try {
      sessionStorage.setItem('slidejar-nav', JSON.stringify({
        from: no, to: n, dir: direction || (n > no ? 1 : -1), transition: root.getAttribute('data-slidejar-transition') || ''
      }));
    } catch (e) { /* storage may be off */ }
    broadcast(n, clickValue === 'last' ? 'last' : +clickValue || 0);
    location.href = slideUrl(n, clickValue);
  }
  function setClicks(value, push) {
    applyClicks(value);
    updateUrl(push);
    broadcast(no, clicks);
  }
  function next() { if (clicks < clicksTotal) setClicks(clicks + 1, true); else if (no < total) go(no + 1, 0, 1); }
  function prev() { if (clicks > 0) setClicks(clicks - 1, true); else if (no > 1) go(no - 1, 'last', -1); }
  function nextSlide() { if (no < total) go(no + 1, 0, 1); }
  function prevSlide() { if (no > 1) go(no - 1, 0, -1); }
  window.$slidejar = { next: next, prev: prev, nextSlide: nextSlide, prevSlide: prevSlide, go: go,
    get clicks() { return clicks; }, get clicksTotal() { return clicksTotal; }, no: no, get total() { return total; },
    // the dev server swapped the slide's content: find its clicks again, keep the current one
    refresh: function (newTotal) {
      if (newTotal) total = newTotal;
      clicksTotal = +(page.getAttribute('data-slidev-clicks-total') || 0);
      targets = [].slice.call(page.querySelectorAll('[data-slidev-clicks-start]'));
      codeBlocks = [].slice.call(page.querySelectorAll('[data-slidejar-ranges-start]'));
      applyClicks(clicks);
    } };
  // the dev server relays a presenter on another device
  window.$slidejarFollow = function (n, c) {
    if (embedded || print) return;
    if (n === no) applyClicks(c); else location.href = slideUrl(n, c);
  };

  // ---- presenter sync -----------------------------------------------------------------------------------
  var role = embedded ? 'embedded' : 'viewer';
  function broadcast(n, c) {
    if (channel && role !== 'embedded' && !print) channel.postMessage({ type: 'nav', no: n, clicks: c, from: 'slide' });
  }
  if (channel && !embedded && !print) {
    channel.onmessage = function (event) {
      var m = event.data;
      if (!m || m.type !== 'nav' || m.from !== 'presenter') return;
      if (m.no === no) applyClicks(m.clicks === 'last' ? clicksTotal : m.clicks);
      else location.href = slideUrl(m.no, m.clicks);
    };
  }
  window.addEventListener('message', function (event) {
    var m = event.data;
    if (m && m.type === 'slidejar-clicks' && embedded) applyClicks(m.clicks);
  });

  // ---- dark mode ----------------------------------------------------------------------------------------
  var schema = body.getAttribute('data-slidejar-color-schema') || 'auto';
  function setDark(dark, persist) {
    root.classList.toggle('dark', dark);
    if (persist) try { localStorage.setItem('slidejar-color-schema', dark ? 'dark' : 'light'); } catch (e) { /* ignore */ }
  }
  if (schema === 'auto') {
    var stored = null;
    try { stored = localStorage.getItem('slidejar-color-schema'); } catch (e) { /* ignore */ }
    setDark(stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches, false);
  }
  function toggleDark() { if (schema === 'auto') setDark(!root.classList.contains('dark'), true); }

  // ---- go-to dialog, fullscreen, number + Enter ----------------------------------------------------------
  var typed = '';
  function gotoDialog() {
    var box = doc.querySelector('.slidejar-goto');
    if (box) { box.remove(); return; }
    box = doc.createElement('form');
    box.className = 'slidejar-goto';
    box.innerHTML = '<input type="text" inputmode="numeric" placeholder="Go to slide (1-' + total + ')" aria-label="Go to slide">';
    box.addEventListener('submit', function (e) {
      e.preventDefault();
      var v = +box.firstChild.value;
      box.remove();
      if (v) go(v, 0);
    });
    box.firstChild.addEventListener('keydown', function (e) { if (e.key === 'Escape') box.remove(); });
    body.appendChild(box);
    box.firstChild.focus();
  }
  function fullscreen() {
    if (doc.fullscreenElement) doc.exitFullscreen(); else if (root.requestFullscreen) root.requestFullscreen();
  }

  // ---- keys (Slidev 53's defaults) -----------------------------------------------------------------------
  doc.addEventListener('keydown', function (e) {
    if (print || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var k = e.key, handled = true;
    if (k === ' ' || k === 'Spacebar') { e.shiftKey ? prev() : next(); }
    else if (k === 'ArrowRight') { e.shiftKey ? nextSlide() : next(); }
    else if (k === 'ArrowLeft') { e.shiftKey ? prevSlide() : prev(); }
    else if (k === 'PageDown') next();
    else if (k === 'PageUp') prev();
    else if (k === 'ArrowDown') nextSlide();
    else if (k === 'ArrowUp') prevSlide();
    else if (k === 'Home') go(1, 0, -1);
    else if (k === 'End') go(total, 0, 1);
    else if (k === 'd') toggleDark();
    else if (k === 'o' || k === '`') location.href = prefix + 'overview/index.html#' + no;
    else if (k === 'g') gotoDialog();
    else if (k === 'f') { if (!e.repeat) fullscreen(); }
    else if (k === 'Escape') { var g = doc.querySelector('.slidejar-goto'); if (g) g.remove(); else handled = false; }
    else if (/^[0-9]$/.test(k)) { typed += k; handled = false; }
    else if (k === 'Enter' && typed) { go(+typed, 0); typed = ''; }
    else handled = false;
    if (!/^[0-9]$/.test(k) && k !== 'Enter') typed = '';
    if (handled) e.preventDefault();
  });

  // ---- @click="$slidev.nav.*" ----------------------------------------------------------------------------
  var NAV = /^\s*\$(?:slidev\.)?nav\.(next|prev|nextSlide|prevSlide|go|goFirst|goLast)\s*(?:\(\s*([^)]*)\))?\s*;?\s*$/;
  doc.addEventListener('click', function (e) {
    var el = e.target.closest && e.target.closest('[data-slidejar-on-click]');
    if (!el) return;
    var m = NAV.exec(el.getAttribute('data-slidejar-on-click'));
    if (!m) return;
    e.preventDefault();
    ({ next: next, prev: prev, nextSlide: nextSlide, prevSlide: prevSlide,
      goFirst: function () { go(1, 0); }, goLast: function () { go(total, 0); },
      go: function () { go(+String(m[2]).replace(/\D/g, ''), 0); } })[m[1]]();
  });

  // ---- swipes -------------------------------------------------------------------------------------------
  var touch = null;
  doc.addEventListener('touchstart', function (e) { touch = e.touches.length === 1 ? e.touches[0] : null; }, { passive: true });
  doc.addEventListener('touchend', function (e) {
    if (!touch || print) return;
    var end = e.changedTouches[0], dx = end.clientX - touch.clientX, dy = end.clientY - touch.clientY;
    touch = null;
    if (Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) { dx < 0 ? next() : prev(); }
  }, { passive: true });

  // ---- history: back/forward between clicks of the same slide --------------------------------------------
  window.addEventListener('popstate', function () {
    var q = new URLSearchParams(location.search).get('clicks');
    applyClicks(q === 'last' ? clicksTotal : +q || 0);
  });

  // ---- controls -----------------------------------------------------------------------------------------
  if (!print && !embedded) {
    var nav = doc.querySelector('.slidejar-nav');
    if (nav) {
      nav.classList.add('slidejar-controls');
      nav.innerHTML = '';
      var buttons = [['prev', '\u2039', 'Previous (\u2190)', prev], ['next', '\u203a', 'Next (\u2192)', next],
        ['overview', '\u25a6', 'Overview (o)', function () { location.href = prefix + 'overview/index.html#' + no; }],
        ['dark', '\u25d0', 'Dark mode (d)', toggleDark], ['fullscreen', '\u26f6', 'Fullscreen (f)', fullscreen]];
      var pdf = body.getAttribute('data-slidejar-download');
      if (pdf) {
        buttons.push(['download', '\u2913', 'Download PDF', function () {
          location.href = /^[a-z]+:|^\/\//i.test(pdf) ? pdf : prefix + pdf;
        }]);
      }
      if (body.getAttribute('data-slidejar-presenter') === 'true') {
        buttons.push(['presenter', '\u25a3', 'Presenter', function () { location.href = prefix + 'presenter/' + no + '/index.html' + location.search; }]);
      }
      buttons.forEach(function (b) {
        var el = doc.createElement('button');
        el.type = 'button'; el.className = 'slidejar-btn slidejar-btn-' + b[0]; el.title = b[2]; el.textContent = b[1];
        el.setAttribute('aria-label', b[2]);
        el.addEventListener('click', function (e) { e.preventDefault(); b[3](); el.blur(); });
        nav.appendChild(el);
      });
      var counter = doc.createElement('span');
      counter.className = 'slidejar-counter';
      nav.appendChild(counter);
    }
  }
  if (print) root.classList.add('slidejar-print');
  if (embedded) root.classList.add('slidejar-embedded');

  applyClicks(initialClicks());
  if (!print) updateUrl(false);
  root.classList.add('slidejar-ready');
})();
