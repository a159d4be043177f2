// Slidejar: the deck-wide pages. presenter/N/ (current slide, next click or slide, notes with their [click]
// parts, timer, counter; drives every tab of the deck through a BroadcastChannel), notes/N/ (notes only, follows
// the presenter), overview/ (thumbnails, keys to move, Enter to go, Esc to return) and print/ (every click shown).
(function () {
  'use strict';
  var doc = document, body = doc.body, view = body.getAttribute('data-slidejar-view');
  var deck = window.SLIDEJAR_DECK || { slides: [] };

  function clicksState(pageEl, clicks) {
    [].forEach.call(pageEl.querySelectorAll('[data-slidev-clicks-start]'), function (el) {
      var start = +el.getAttribute('data-slidev-clicks-start');
      var end = el.hasAttribute('data-slidev-clicks-end') ? +el.getAttribute('data-slidev-clicks-end') : Infinity;
      var active = start <= clicks && clicks < end;
      var hidden = el.hasAttribute('data-slidev-clicks-hide') ? active : !active;
      el.classList.toggle(el.classList.contains('slidev-vclick-display-switch') ? 'slidev-vclick-display-none' : 'slidev-vclick-hidden', hidden);
    });
  }

  if (view === 'print') {
    [].forEach.call(doc.querySelectorAll('.slidev-page'), function (p) {
      clicksState(p, +p.getAttribute('data-slidev-clicks-total') || 0);
    });
    return;
  }

  if (view === 'overview') {
    var cards = [].slice.call(doc.querySelectorAll('.slidejar-card'));
    var from = +(location.hash.replace('#', '')) || 1;
    var selected = Math.max(0, Math.min(cards.length - 1, from - 1));
    var select = function (i) {
      selected = Math.max(0, Math.min(cards.length - 1, i));
      cards.forEach(function (c, k) { c.classList.toggle('slidejar-selected', k === selected); });
      cards[selected].scrollIntoView({ block: 'nearest' });
    };
    var columns = function () {
      var top = cards[0].offsetTop, n = 0;
      while (n < cards.length && cards[n].offsetTop === top) n++;
      return Math.max(1, n);
    };
    doc.addEventListener('keydown', function (e) {
      var k = e.key;
      if (k === 'ArrowRight') select(selected + 1);
      else if (k === 'ArrowLeft') select(selected - 1);
      else if (k === 'ArrowDown') select(selected + columns());
      else if (k === 'ArrowUp') select(selected - columns());
      else if (k === 'Enter') location.href = cards[selected].querySelector('a').href;
      else if (k === 'Escape' || k === 'o') location.href = '../' + from + '/index.html';
      else return;
      e.preventDefault();
    });
    if (cards.length) select(selected);
    return;
  }

  // ---- presenter and notes views --------------------------------------------------------------------------
  var notesOnly = view === 'notes';
  var slides = deck.slides, total = slides.length;
  var no = +body.getAttribute('data-slidejar-no') || 1;
  var clicks = +(new URLSearchParams(location.search).get('clicks') || 0);
  // the --remote password in the URL the dev server prints (?password=, as Slidev's): no need to type it
  var given = new URLSearchParams(location.search).get('password');
  if (given) { try { sessionStorage.setItem('slidejar-token', given); } catch (x) { /* asked for instead */ } }
  var channel = 'BroadcastChannel' in window ? new BroadcastChannel('slidejar:' + body.getAttribute('data-slidejar-deck')) : null;
  var current = doc.querySelector('.slidejar-current iframe');
  var nextFrame = doc.querySelector('.slidejar-next iframe');
  var notes = doc.querySelector('.slidejar-notes-body');
  var counter = doc.querySelector('.slidejar-counter');
  var shown = { current: no, next: null };

  function slide(n) { return slides[n - 1] || { clicks: 0, notes: null, title: '' }; }
  // context: the view <RenderWhen> sees, presenter (the current slide) or previewNext
  function frameUrl(n, c, context) {
    return '../../' + n + '/index.html?embedded=true&context=' + context + (c ? '&clicks=' + c : '');
  }
  function render(send) {
    var s = slide(no);
    clicks = Math.max(0, Math.min(s.clicks, clicks));
    counter.textContent = no + ' / ' + total + (s.clicks ? ' \u00b7 ' + clicks + '/' + s.clicks : '');
    if (notes) {
      notes.innerHTML = s.notes || '<p class="slidejar-no-notes">No notes.</p>';
      [].forEach.call(notes.querySelectorAll('.slidev-note-part'), function (part) {
        var at = +part.getAttribute('data-clicks');
        part.classList.toggle('slidev-note-part-current', at === clicks);
        part.classList.toggle('slidev-note-fade', at !== clicks);
      });
      var title = doc.querySelector('.slidejar-note-title');
      if (title) title.textContent = no + '. ' + (s.title || '');
    }
    if (current) {
      if (shown.current !== no) { current.src = frameUrl(no, clicks, 'presenter'); shown.current = no; }
      else if (current.contentWindow) current.contentWindow.postMessage({ type: 'slidejar-clicks', clicks: clicks }, '*');
    }
    if (nextFrame) {
      var nn = clicks < s.clicks ? no : Math.min(no + 1, total);
      var nc = clicks < s.clicks ? clicks + 1 : 0;
      var key = nn + ':' + nc;
      if (shown.next !== key) { nextFrame.src = frameUrl(nn, nc, 'previewNext'); shown.next = key; }
    }
    history.replaceState(null, '', '../' + no + '/index.html' + (clicks ? '?clicks=' + clicks : ''));
    if (send && channel && !notesOnly) channel.postMessage({ type: 'nav', no: no, clicks: clicks, from: 'presenter' });
    if (send && !notesOnly && window.__slidejarDev) relay();
  }
  // served by the dev server: drive the other devices too (a --remote password is asked for once)
  function relay() {
    var token = '';
    try { token = sessionStorage.getItem('slidejar-token') || ''; } catch (x) { /* ignore */ }
    fetch('/__slidejar/nav', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ no: no, clicks: clicks, token: token }) }).then(function (r) {
      if (r.status === 401) {
        var given = prompt('Password to drive the presentation');
        if (given) { try { sessionStorage.setItem('slidejar-token', given); } catch (x) { /* ignore */ } relay(); }
      }
    });
  }
  window.$slidejarFollow = function (n, c) { if (notesOnly) { no = n; clicks = c; render(false); } };
  function move(n, c) { no = Math.max(1, Math.min(total, n)); clicks = c === 'last' ? slide(no).clicks : c; render(true); }
  function next() { if (clicks < slide(no).clicks) move(no, clicks + 1); else if (no < total) move(no + 1, 0); }
  function prev() { if (clicks > 0) move(no, clicks - 1); else if (no > 1) move(no - 1, 'last'); }
  if (channel) {
    channel.onmessage = function (e) {
      var m = e.data;
      if (!m || m.type !== 'nav' || (m.from === 'presenter' && !notesOnly)) return;
      no = m.no; clicks = m.clicks === 'last' ? slide(m.no).clicks : m.clicks;
      render(false);
    };
  }
  doc.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || /^(INPUT|TEXTAREA)$/.test(e.target.tagName)) return;
    var k = e.key;
    if (k === ' ' || k === 'Spacebar') { e.shiftKey ? prev() : next(); }
    else if (k === 'ArrowRight' || k === 'PageDown') { e.shiftKey ? move(no + 1, 0) : next(); }
    else if (k === 'ArrowLeft' || k === 'PageUp') { e.shiftKey ? move(no - 1, 0) : prev(); }
    else if (k === 'ArrowDown') move(no + 1, 0);
    else if (k === 'ArrowUp') move(no - 1, 0);
    else if (k === 'Home') move(1, 0);
    else if (k === 'End') move(total, 0);
    else return;
    e.preventDefault();
  });

  // timer and notes size
  var elapsed = 0, started = null, timeEl = doc.querySelector('.slidejar-time');
  function tick() {
    var ms = elapsed + (started ? Date.now() - started : 0), sec = Math.floor(ms / 1000);
    var mm = Math.floor(sec / 60), ss = sec % 60;
    timeEl.textContent = (mm < 10 ? '0' : '') + mm + ':' + (ss < 10 ? '0' : '') + ss;
  }
  setInterval(tick, 500);
  var size = 16;
  try { size = +localStorage.getItem('slidejar-notes-size') || 16; } catch (x) { /* ignore */ }
  function applySize() { if (notes) notes.style.fontSize = size + 'px'; }
  applySize();
  doc.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-action]');
    if (!b) return;
    var a = b.getAttribute('data-action');
    if (a === 'next') next();
    else if (a === 'prev') prev();
    else if (a === 'timer-toggle') { if (started) { elapsed += Date.now() - started; started = null; } else started = Date.now(); tick(); }
    else if (a === 'timer-reset') { elapsed = 0; started = started ? Date.now() : null; tick(); }
    else if (a === 'font-up' || a === 'font-down') {
      size = Math.max(10, Math.min(48, size + (a === 'font-up' ? 2 : -2)));
      try { localStorage.setItem('slidejar-notes-size', size); } catch (x) { /* ignore */ }
      applySize();
    }
    b.blur();
  });
  body.classList.toggle('slidejar-timer-running', false);
  render(!notesOnly);
})();
