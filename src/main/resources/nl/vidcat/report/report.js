/* vidcat report. Overview: filters toggle the 'hidden' attribute of the cards; their state is kept in the URL
 * hash (#vak=wiskunde&status=approved), so a filtered view survives a reload and can be linked to.
 * Video page: storyboard previews while scrubbing. Plain JavaScript, no libraries, no network. */
(function () {
  'use strict';

  // A poster that cannot be loaded (catalog moved without its report, file removed) shows the placeholder.
  document.addEventListener('error', function (e) {
    var t = e.target;
    if (t && t.tagName === 'IMG' && t.parentNode && !t.classList.contains('broken')) {
      t.classList.add('broken');
      var s = document.createElement('span');
      s.className = 'noposter';
      s.textContent = 'Poster niet gevonden';
      t.parentNode.insertBefore(s, t);
    }
  }, true);

  // #dekking in the URL (a bookmark, a link) opens the coverage section, which starts closed.
  var coverage = document.getElementById('dekking-open');
  if (coverage) {
    var openCoverage = function () {
      if (location.hash === '#dekking') { coverage.open = true; }
    };
    window.addEventListener('hashchange', openCoverage);
    openCoverage();
  }

  var form = document.getElementById('filters');
  if (form) {
    overview(form);
  }
  var player = document.getElementById('player');
  if (player) {
    storyboard(player);
  }

  function overview(form) {
    var cards = Array.prototype.slice.call(document.querySelectorAll('#grid > .card'));
    var count = document.getElementById('count');
    var empty = document.getElementById('empty');
    var fields = ['zoek', 'vak', 'niveau', 'status', 'controle', 'bevinding'];

    function readHash() {
      var params = new URLSearchParams(location.hash.replace(/^#/, ''));
      fields.forEach(function (f) {
        var el = form.elements[f];
        var v = params.get(f) || '';
        if (el.tagName === 'SELECT' && v && !Array.prototype.some.call(el.options, function (o) { return o.value === v; })) {
          v = '';
        }
        el.value = v;
      });
    }

    function writeHash() {
      var params = new URLSearchParams();
      fields.forEach(function (f) {
        var v = form.elements[f].value.trim();
        if (v) { params.set(f, v); }
      });
      var h = params.toString();
      history.replaceState(null, '', h ? '#' + h : location.pathname + location.search);
    }

    function has(list, v) {
      return (' ' + list + ' ').indexOf(' ' + v + ' ') >= 0;
    }

    function apply() {
      var q = form.elements.zoek.value.trim().toLowerCase();
      var vak = form.elements.vak.value, niveau = form.elements.niveau.value, status = form.elements.status.value;
      var controle = form.elements.controle.value, bevinding = form.elements.bevinding.value;
      var shown = 0;
      for (var i = 0; i < cards.length; i++) {
        var d = cards[i].dataset;
        var ok = (!vak || d.vak === vak)
          && (!niveau || has(d.niveau, niveau))
          && (!status || (status === 'wacht' ? (d.status === 'draft' || d.status === 'in-review') : d.status === status))
          && (!controle || d.controle === controle)
          && (!bevinding || has(d.bevinding, bevinding))
          && (!q || d.zoek.indexOf(q) >= 0);
        if (cards[i].hidden === ok) { cards[i].hidden = !ok; }
        if (ok) { shown++; }
      }
      count.textContent = shown === cards.length
        ? cards.length + (cards.length === 1 ? ' video' : ' video’s')
        : shown + ' van ' + cards.length + ' video’s';
      count.dataset.shown = String(shown);
      empty.hidden = shown > 0;
    }

    form.addEventListener('change', function () { writeHash(); apply(); });
    form.addEventListener('input', function (e) {
      if (e.target.name === 'zoek') { writeHash(); apply(); }
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.addEventListener('reset', function () {
      setTimeout(function () { writeHash(); apply(); }, 0);
    });
    window.addEventListener('hashchange', function () { readHash(); apply(); });
    readHash();
    apply();
    document.body.dataset.ready = 'true';
  }

  function storyboard(video) {
    var trackEl = document.getElementById('storyboard');
    var scrub = document.getElementById('scrub');
    if (!trackEl || !scrub) { return; }
    var range = document.getElementById('scrub-range');
    var preview = document.getElementById('scrub-preview');
    var tile = preview.querySelector('.tile');
    var label = preview.querySelector('span');
    var base = trackEl.getAttribute('data-base');
    var frames = [];
    trackEl.track.mode = 'hidden';

    function load() {
      var cues = trackEl.track.cues;
      frames = [];
      for (var i = 0; cues && i < cues.length; i++) {
        var m = /^\s*([^#\s]+)#xywh=(\d+),(\d+),(\d+),(\d+)/.exec(cues[i].text);
        if (m) {
          frames.push({ start: cues[i].startTime, end: cues[i].endTime, url: base + m[1],
            x: +m[2], y: +m[3], w: +m[4], h: +m[5] });
        }
      }
      if (frames.length) {
        scrub.hidden = false;
        document.body.dataset.storyboard = String(frames.length);
      }
    }
    trackEl.addEventListener('load', load);
    if (trackEl.readyState === 2) { load(); }

    function frameAt(t) {
      for (var i = 0; i < frames.length; i++) {
        if (t >= frames[i].start && t < frames[i].end) { return frames[i]; }
      }
      return frames.length ? frames[frames.length - 1] : null;
    }

    function clock(t) {
      t = Math.max(0, Math.floor(t));
      var s = t % 60;
      return Math.floor(t / 60) + ':' + (s < 10 ? '0' : '') + s;
    }

    function show(t, px) {
      var f = frameAt(t);
      if (!f) { return; }
      tile.style.width = f.w + 'px';
      tile.style.height = f.h + 'px';
      tile.style.backgroundImage = 'url("' + f.url.replace(/"/g, '%22') + '")';
      tile.style.backgroundPosition = (-f.x) + 'px ' + (-f.y) + 'px';
      label.textContent = clock(t);
      var half = f.w / 2 + 4;
      preview.style.left = Math.min(Math.max(px, half), scrub.clientWidth - half) + 'px';
      preview.hidden = false;
    }

    function timeAt(clientX) {
      var r = range.getBoundingClientRect();
      var frac = Math.min(1, Math.max(0, (clientX - r.left) / r.width));
      return { t: frac * (+range.max), px: clientX - scrub.getBoundingClientRect().left };
    }

    video.addEventListener('loadedmetadata', function () {
      if (isFinite(video.duration) && video.duration > 0) { range.max = String(video.duration); }
    });
    video.addEventListener('timeupdate', function () {
      if (document.activeElement !== range) { range.value = String(video.currentTime); }
    });
    range.addEventListener('mousemove', function (e) { var p = timeAt(e.clientX); show(p.t, p.px); });
    range.addEventListener('mouseleave', function () { preview.hidden = true; });
    range.addEventListener('input', function () {
      var r = range.getBoundingClientRect();
      var px = (+range.value / (+range.max || 1)) * r.width + (r.left - scrub.getBoundingClientRect().left);
      show(+range.value, px);
      video.currentTime = +range.value;
    });
    range.addEventListener('change', function () { preview.hidden = true; });
  }
}());
