// Multitracker admin page: fills the charts and the aggregated columns from the JSON API.
// Loaded as a file (the page's Content-Security-Policy allows no inline script); every value
// from the API is put in the page as text, never as HTML.
(function () {
  'use strict';
  var COLORS = ['#2f6fdf', '#1a9850', '#d73027'];
  var body = document.body;

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error(url + ' answered HTTP ' + r.status); }
        return r.json();
      });
  }

  function showError(el, err) {
    var p = document.createElement('p');
    p.className = 'error';
    p.textContent = 'Could not load: ' + err.message;
    el.appendChild(p);
  }

  function chart(el, labels, data) {
    var series = [{}].concat(labels.map(function (label, i) {
      return { label: label, stroke: COLORS[i % COLORS.length], width: 2 };
    }));
    var width = Math.max(320, (el.clientWidth || 800) - 10);
    new uPlot({ width: width, height: 240, series: series, scales: { x: { time: true } } }, data, el);
    el.setAttribute('data-rendered', String(data[0].length));
  }

  function dashboard() {
    var el = document.getElementById('announces-chart');
    getJson('/api/charts/announces-per-minute?minutes=60')
      .then(function (d) { chart(el, ['announces'], [d.t, d.announces]); })
      .catch(function (e) { showError(el, e); });
    var cells = {};
    document.querySelectorAll('td.cluster-peers').forEach(function (td) {
      cells[td.getAttribute('data-info-hash')] = td;
    });
    getJson('/api/torrents?limit=1000').then(function (list) {
      var items = Array.isArray(list) ? list : (list.items || list.torrents || []);
      items.forEach(function (t) {
        var td = cells[t.info_hash];
        if (td) { td.textContent = String(t.peers); }
      });
    }).catch(function () { /* the column keeps its dashes */ });
  }

  function torrent() {
    var hash = body.getAttribute('data-info-hash');
    var el = document.getElementById('swarm-chart');
    getJson('/api/charts/swarm-size?hours=24&info_hash=' + encodeURIComponent(hash))
      .then(function (d) { chart(el, ['peers', 'seeds'], [d.t, d.peers, d.seeds]); })
      .catch(function (e) { showError(el, e); });
    var tbody = document.querySelector('#daily-peers tbody');
    getJson('/api/torrents/' + encodeURIComponent(hash) + '/daily-peers?days=14')
      .then(function (d) {
        d.days.forEach(function (day) {
          var tr = document.createElement('tr');
          [day.day, day.unique_peers, day.completions, day.uploaded, day.downloaded]
            .forEach(function (v, i) {
              var td = document.createElement('td');
              if (i > 0) { td.className = 'num'; }
              td.textContent = v === undefined || v === null ? '' : String(v);
              tr.appendChild(td);
            });
          tbody.appendChild(tr);
        });
        tbody.setAttribute('data-loaded', String(d.days.length));
      })
      .catch(function (e) { showError(tbody.parentNode.parentNode, e); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (body.getAttribute('data-aggregator') !== 'true') { return; }
    if (body.getAttribute('data-page') === 'dashboard') { dashboard(); }
    if (body.getAttribute('data-page') === 'torrent') { torrent(); }
  });
})();
