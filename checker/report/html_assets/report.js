// Filters and "show more" for the factlint report. Plain JavaScript, no
// library and no request: the report must work offline from a file.
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.classList.add('js');
  var form = doc.getElementById('filters');
  if (!form) { return; }
  var pageSize = parseInt(form.getAttribute('data-page-size'), 10) || 100;
  var count = doc.getElementById('count');
  var lists = Array.prototype.slice.call(doc.querySelectorAll('[data-list]'));

  function state() {
    var sev = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name=severity]'), function (el) { sev[el.value] = el.checked; });
    return {
      severity: sev,
      rule: form.elements.rule.value,
      kind: form.elements.kind.value,
      subject: form.elements.subject.value,
      page: form.elements.page.value.trim().toLowerCase()
    };
  }

  // An item matches a filter when it has no attribute for it, or one of
  // the space-separated values in its attribute is selected.
  function has(el, attr, ok) {
    var v = el.getAttribute(attr);
    if (v === null) { return true; }
    var words = v.split(' ');
    for (var i = 0; i < words.length; i++) { if (ok(words[i])) { return true; } }
    return false;
  }

  function matches(el, s) {
    return has(el, 'data-severity', function (w) { return s.severity[w] !== false; }) &&
      has(el, 'data-rule', function (w) { return !s.rule || w === s.rule; }) &&
      has(el, 'data-kind', function (w) { return !s.kind || w === s.kind; }) &&
      has(el, 'data-subject', function (w) { return !s.subject || w === s.subject; }) &&
      (!s.page || !el.hasAttribute('data-search') || searchText(el).indexOf(s.page) >= 0);
  }

  // The page search matches the file names an item shows (its code
  // elements), read once: repeating them in an attribute would double the
  // size of a large site's report.
  function searchText(el) {
    if (el.factlintSearch === undefined) {
      var parts = [];
      Array.prototype.forEach.call(el.querySelectorAll('code'), function (c) { parts.push(c.textContent); });
      el.factlintSearch = parts.join(' ').toLowerCase();
    }
    return el.factlintSearch;
  }

  function apply() {
    var s = state();
    var shown = 0, total = 0;
    lists.forEach(function (list) {
      var limit = parseInt(list.getAttribute('data-limit'), 10) || pageSize;
      var n = 0;
      var items = list.querySelectorAll(':scope > [data-item]');
      Array.prototype.forEach.call(items, function (el) {
        var ok = matches(el, s);
        var finding = el.classList.contains('finding');
        if (finding) { total++; }
        el.hidden = !ok;
        if (!ok) { el.classList.remove('more'); return; }
        n++;
        if (finding) { shown++; }
        el.classList.toggle('more', n > limit);
      });
      var button = list.parentNode.querySelector(':scope > .show-more');
      if (list.tagName === 'TBODY') { button = list.parentNode.parentNode.querySelector(':scope > .show-more'); }
      if (button) {
        button.hidden = n <= limit;
        button.textContent = 'Show ' + Math.min(pageSize, n - limit) + ' more of ' + (n - limit);
        button.onclick = function () { list.setAttribute('data-limit', String(limit + pageSize)); apply(); };
      }
    });
    if (count) { count.textContent = 'Showing ' + shown + ' of ' + total + ' findings'; }
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  var factsOnly = doc.getElementById('facts-only');
  if (factsOnly) {
    factsOnly.addEventListener('change', function () {
      doc.getElementById('families').classList.toggle('facts-only', factsOnly.checked);
    });
  }

  // A link to a finding hidden by a filter or behind "show more" must
  // still land on it.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && doc.getElementById(id);
    if (el && el.hasAttribute('data-item')) {
      el.hidden = false;
      el.classList.remove('more');
      el.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', reveal);

  // Printing shows every item that passes the filters and opens the
  // collapsed sections, since paper cannot expand them.
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(doc.querySelectorAll('details'), function (d) { d.open = true; });
  });

  apply();
  reveal();
}());
