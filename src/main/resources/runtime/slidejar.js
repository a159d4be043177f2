// Slidejar runtime: the least a built page needs to present. Slides are plain pages linked by
// <a rel="prev|next">; this adds Slidev's keys for moving between them and makes @click="$slidev.nav.*"
// handlers work. Everything stays readable without it.
(function () {
  'use strict';
  function link(rel) {
    var a = document.querySelector('.slidejar-nav a[rel="' + rel + '"]');
    return a ? a.href : null;
  }
  function go(rel) {
    var href = link(rel);
    if (href) location.href = href + location.search;
  }
  function goTo(no) {
    var here = document.querySelector('.slidev-page');
    var current = here ? +here.getAttribute('data-slidev-no') : 1;
    var target = String(no).replace(/\D/g, '');
    if (!target) return;
    var up = location.pathname.replace(/\/(index\.html)?$/, '').endsWith('/' + current) ? '../' : '';
    location.href = up + target + '/index.html' + location.search;
  }
  // $slidev.nav.next, $nav.prev(), $slidev.nav.go(3)
  var NAV = /^\s*\$(?:slidev\.)?nav\.(next|prev|nextSlide|prevSlide|go|goFirst|goLast)\s*(?:\(\s*([^)]*)\))?\s*;?\s*$/;
  document.addEventListener('click', function (event) {
    var el = event.target.closest && event.target.closest('[data-slidejar-on-click]');
    if (!el) return;
    var m = NAV.exec(el.getAttribute('data-slidejar-on-click'));
    if (!m) return;
    event.preventDefault();
    if (m[1] === 'next' || m[1] === 'nextSlide') go('next');
    else if (m[1] === 'prev' || m[1] === 'prevSlide') go('prev');
    else if (m[1] === 'goFirst') goTo(1);
    else if (m[1] === 'goLast') goTo(document.querySelector('.slidejar-nav span').textContent.split('/')[1]);
    else goTo(m[2]);
  });
  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === 'PageDown'
        || (event.key === ' ' && !event.shiftKey)) { event.preventDefault(); go('next'); }
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp' || event.key === 'PageUp'
        || (event.key === ' ' && event.shiftKey)) { event.preventDefault(); go('prev'); }
  });
})();
