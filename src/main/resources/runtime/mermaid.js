// Draws the page's Mermaid diagrams (```mermaid blocks, written as .slidejar-mermaid with their source) with the
// bundled Mermaid, as Slidev's Mermaid component draws them: options from the block's {...} (theme, else dark in
// dark mode; scale sets the height from the viewBox), each diagram in a shadow root of a div.mermaid, an error in
// its place. window.slidejarDiagrams resolves once every diagram is drawn (an export waits for it);
// window.slidejarDrawDiagrams() draws blocks added since (the dev server's in-place updates).
(function () {
  var doc = document;
  var library = doc.currentScript.src.replace(/mermaid\.js([?#].*)?$/, 'mermaid/mermaid.min.js');
  var loading = null;
  var count = 0;
  var drawing = Promise.resolve();

  function load() {
    loading = loading || new Promise(function (done) {
      var script = doc.createElement('script');
      script.src = library;
      script.onload = script.onerror = function () { done(window.mermaid); };
      doc.head.appendChild(script);
    });
    return loading;
  }

  function options(block) {
    try {
      var text = block.getAttribute('data-options');
      return text ? Function('return (' + text + ');')() || {} : {};
    } catch (e) {
      return {};
    }
  }

  function draw(mermaid, block, container) {
    var o = options(block);
    var scale = o.scale;
    var settings = { startOnLoad: false };
    var theme = o.theme || (doc.documentElement.classList.contains('dark') ? 'dark' : undefined);
    Object.keys(o).forEach(function (k) { if (k !== 'scale' && k !== 'theme' && o[k] !== undefined) settings[k] = o[k]; });
    if (theme !== undefined) settings.theme = theme;
    mermaid.initialize(settings);
    var source = block.querySelector('pre').textContent;
    return mermaid.render('slidejar-mermaid-' + (++count), source, container).then(function (result) {
      var host = doc.createElement('div');
      host.className = 'mermaid';
      var shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = result.svg;
      var svg = shadow.firstElementChild;
      if (scale != null && svg && svg.hasAttribute('viewBox')) {
        var height = parseFloat(svg.getAttribute('viewBox').split(' ')[3]);
        if (!isNaN(height)) {
          svg.setAttribute('height', String(height * scale));
          svg.removeAttribute('width');
          svg.removeAttribute('style');
        }
      }
      block.replaceWith(host);
    }, function (error) {
      var pre = doc.createElement('pre');
      pre.className = 'pa-3 text-wrap slidejar-mermaid-error';
      pre.textContent = String(error);
      block.replaceWith(pre);
    });
  }

  function drawAll() {
    var blocks = [].slice.call(doc.querySelectorAll('.slidejar-mermaid'));
    if (!blocks.length) return drawing;
    drawing = drawing.then(load).then(function (mermaid) {
      if (!mermaid) return;
      var container = doc.getElementById('mermaid-rendering-container');
      if (!container) {
        container = doc.createElement('div');
        container.id = 'mermaid-rendering-container';
        container.style.cssText = 'position:absolute;left:-10000px;top:0;width:980px;visibility:hidden';
        doc.body.appendChild(container);
      }
      // one after the other: Mermaid's settings are global
      return blocks.reduce(function (previous, block) {
        return previous.then(function () { return block.isConnected ? draw(mermaid, block, container) : null; });
      }, Promise.resolve());
    });
    return drawing;
  }

  window.slidejarDrawDiagrams = drawAll;
  window.slidejarDiagrams = drawAll();
})();
