/* vidcat serve: the search page. Asks /api/search and builds the results with DOM calls only (textContent, no
 * HTML parsing), so record text can never become markup. The page's address holds the same arguments as the API
 * (?q=breuken&subject=wiskunde), so a search can be bookmarked, linked to and gone back to. No libraries. */
(function () {
  'use strict';

  var FACETS = { subject: 'Vak', level: 'Niveau', year: 'Leerjaar', kerndoel: 'Kerndoel', language: 'Taal',
    duration: 'Duur', licence: 'Licentie', school: 'School' };
  // the API's own names for these dimensions, as vidcat search's options; the others go as filter=DIM=VALUE
  var PARAMS = { subject: 'subject', level: 'level', year: 'year', kerndoel: 'goal' };
  var LIMIT = 12;

  var $ = function (id) { return document.getElementById(id); };
  var state = fromUrl(location.search);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function fromUrl(search) {
    var p = new URLSearchParams(search);
    var s = { q: p.get('q') || '', page: parseInt(p.get('page') || '1', 10) || 1, filters: {} };
    Object.keys(PARAMS).forEach(function (dim) {
      p.getAll(PARAMS[dim]).forEach(function (v) { add(s, dim, v); });
    });
    p.getAll('filter').forEach(function (f) {
      var i = f.indexOf('=');
      if (i > 0) { add(s, f.slice(0, i), f.slice(i + 1)); }
    });
    return s;
  }

  function add(s, dim, value) {
    (s.filters[dim] = s.filters[dim] || []).push(value);
  }

  function toQuery(s) {
    var p = new URLSearchParams();
    if (s.q) { p.append('q', s.q); }
    Object.keys(s.filters).forEach(function (dim) {
      s.filters[dim].forEach(function (v) {
        if (PARAMS[dim]) { p.append(PARAMS[dim], v); } else { p.append('filter', dim + '=' + v); }
      });
    });
    if (s.page > 1) { p.append('page', String(s.page)); }
    return p.toString();
  }

  function go(s, push) {
    state = s;
    var query = toQuery(s);
    if (push) { history.pushState(null, '', query ? '?' + query : '/'); }
    $('q').value = s.q;
    $('resultaten').setAttribute('aria-busy', 'true');
    fetch('/api/search?' + query + (query ? '&' : '') + 'limit=' + LIMIT, { headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json().then(function (body) { return { ok: r.ok, status: r.status, body: body }; });
      })
      .then(function (r) {
        if (r.ok) { render(r.body); } else { failed(r.status, r.body.error); }
      })
      .catch(function () { failed(0, 'de server antwoordt niet'); })
      .then(function () {
        $('resultaten').setAttribute('aria-busy', 'false');
        document.body.dataset.ready = 'true';
      });
  }

  function failed(status, message) {
    var s = $('status');
    s.className = 'status fout';
    s.textContent = status === 503 ? 'Zoeken kan nog niet: er is nog geen zoekindex. Vraag de beheerder om '
      + '‘vidcat index’ te draaien.' : 'Zoeken lukt niet: ' + (message || 'onbekende fout') + '.';
    $('lijst').replaceChildren();
    $('filters').replaceChildren();
    $('paginas').replaceChildren();
    $('bedoel').hidden = true;
  }

  function render(a) {
    var s = $('status');
    s.className = 'status';
    s.textContent = a.total === 0 ? 'Geen video’s gevonden.' : a.total === 1 ? '1 video gevonden.'
      : a.total + ' video’s gevonden.' + (a.mode === 'fuzzy' ? ' (Ook woorden die er bijna op lijken.)'
        : a.mode === 'partial' ? ' (Niet alle woorden kwamen voor.)' : '');
    document.body.dataset.total = String(a.total);
    document.body.dataset.shown = toQuery({ q: a.query, page: a.page, filters: a.filters }); // what is on screen
    var dym = $('bedoel');
    dym.hidden = !a.didYouMean;
    if (a.didYouMean) {
      var link = $('bedoel-link');
      link.textContent = a.didYouMean;
      link.href = '?' + toQuery({ q: a.didYouMean, page: 1, filters: state.filters });
    }
    $('lijst').replaceChildren.apply($('lijst'), a.hits.map(hit));
    facets(a.facets);
    pages(a);
  }

  function marked(parent, text, marks) {
    var pos = 0;
    (marks || []).forEach(function (m) {
      if (m[0] < pos || m[1] > text.length || m[0] >= m[1]) { return; }
      parent.appendChild(document.createTextNode(text.slice(pos, m[0])));
      parent.appendChild(el('mark', null, text.slice(m[0], m[1])));
      pos = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(pos)));
    return parent;
  }

  function time(seconds) {
    var t = Math.round(seconds || 0);
    var m = Math.floor(t / 60);
    var sec = t % 60;
    return m + ':' + (sec < 10 ? '0' : '') + sec;
  }

  function hit(h) {
    var li = el('li', 'hit');
    li.dataset.id = h.id;
    var play = el('button', 'poster');
    play.type = 'button';
    play.setAttribute('aria-label', 'Speel af: ' + h.title);
    if (h.poster) {
      var img = el('img');
      img.src = h.poster;
      img.alt = '';
      img.loading = 'lazy';
      play.appendChild(img);
    } else {
      play.appendChild(el('span', null, h.videos.length ? '▶' : 'Geen beeld'));
    }
    play.disabled = h.videos.length === 0;
    play.addEventListener('click', function () { player(h, 0); });
    li.appendChild(play);
    var body = el('div', 'body');
    body.appendChild(marked(el('h3'), h.title || h.id, h.titleMarks));
    var meta = [h.subject, (h.levels || []).join(', '), (h.years || []).length ? 'leerjaar ' + h.years.join(', ') : '',
      (h.kerndoelen || []).map(function (k) { return 'KD ' + k; }).join(', '),
      h.durationSeconds ? time(h.durationSeconds) : ''].filter(Boolean);
    body.appendChild(el('p', 'meta', meta.join(' · ')));
    if (h.snippet) { body.appendChild(marked(el('p', 'snippet'), h.snippet.text, h.snippet.marks)); }
    if (h.cues && h.cues.length) {
      var ul = el('ul', 'cues');
      h.cues.forEach(function (c) {
        var b = el('button', 'link');
        b.type = 'button';
        b.disabled = h.videos.length === 0;
        b.setAttribute('aria-label', 'Speel af vanaf ' + time(c.start) + ': ' + c.text);
        b.appendChild(el('span', 'tijd', time(c.start)));
        marked(b, c.text, c.marks);
        b.addEventListener('click', function () { player(h, c.start); });
        var item = el('li');
        item.appendChild(b);
        ul.appendChild(item);
      });
      body.appendChild(ul);
    }
    li.appendChild(body);
    return li;
  }

  function player(h, start) {
    var v = $('video');
    v.pause();
    v.replaceChildren();
    h.videos.forEach(function (x) {
      var src = el('source');
      src.src = x.url;
      src.type = x.type;
      v.appendChild(src);
    });
    h.subtitles.forEach(function (t, i) {
      var tr = el('track');
      tr.kind = 'subtitles';
      tr.src = t.url;
      tr.srclang = t.language || 'nl';
      tr.label = t.language === 'nl' || !t.language ? 'Nederlands' : t.language;
      tr.default = i === 0;
      v.appendChild(tr);
    });
    if (h.poster) { v.poster = h.poster; } else { v.removeAttribute('poster'); }
    $('speler-titel').textContent = h.title;
    $('speler').hidden = false;
    $('speler').dataset.id = h.id;
    v.load();
    if (start > 0) {
      v.addEventListener('loadedmetadata', function once() {
        v.removeEventListener('loadedmetadata', once);
        v.currentTime = start;
      });
    }
    var p = v.play();
    if (p && p.catch) { p.catch(function () { /* autoplay refused: the controls are there */ }); }
    $('speler-titel').focus();
  }

  function facets(list) {
    var box = $('filters');
    box.replaceChildren();
    list.forEach(function (f) {
      var fs = el('fieldset');
      fs.appendChild(el('legend', null, FACETS[f.name] || f.name));
      f.values.forEach(function (v) {
        var label = el('label');
        var cb = el('input');
        cb.type = 'checkbox';
        cb.name = f.name;
        cb.value = v.value;
        cb.checked = (state.filters[f.name] || []).indexOf(v.value) >= 0;
        cb.addEventListener('change', function () { toggle(f.name, v.value, cb.checked); });
        label.appendChild(cb);
        label.appendChild(el('span', null, f.name === 'kerndoel' ? 'KD ' + v.label
          : f.name === 'year' ? 'Leerjaar ' + v.label : v.label));
        label.appendChild(el('span', 'n', v.count));
        fs.appendChild(label);
      });
      box.appendChild(fs);
    });
  }

  function toggle(dim, value, on) {
    var filters = {};
    Object.keys(state.filters).forEach(function (d) { filters[d] = state.filters[d].slice(); });
    var values = filters[dim] || [];
    filters[dim] = on ? values.concat([value]) : values.filter(function (x) { return x !== value; });
    go({ q: state.q, page: 1, filters: filters }, true);
  }

  function pages(a) {
    var nav = $('paginas');
    nav.replaceChildren();
    var last = Math.min(Math.ceil(a.total / a.limit), Math.floor(1000 / a.limit));
    if (last <= 1) { return; }
    var step = function (label, n) {
      var b = el('button', null, label);
      b.type = 'button';
      b.disabled = n < 1 || n > last;
      b.addEventListener('click', function () { go({ q: state.q, page: n, filters: state.filters }, true); });
      nav.appendChild(b);
    };
    step('Vorige', a.page - 1);
    nav.appendChild(el('span', 'status', 'Pagina ' + a.page + ' van ' + last));
    step('Volgende', a.page + 1);
  }

  $('zoek').addEventListener('submit', function (e) {
    e.preventDefault();
    go({ q: $('q').value.trim(), page: 1, filters: state.filters }, true);
  });
  $('bedoel-link').addEventListener('click', function (e) {
    e.preventDefault();
    go({ q: $('bedoel-link').textContent, page: 1, filters: state.filters }, true);
  });
  $('sluit').addEventListener('click', function () {
    $('video').pause();
    $('speler').hidden = true;
  });
  window.addEventListener('popstate', function () { go(fromUrl(location.search), false); });
  go(state, false);
})();
