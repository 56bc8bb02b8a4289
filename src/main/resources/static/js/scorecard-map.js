// The districts coloured by their composite: green at the top, red at the bottom, grey without
// a score. The scores come with the page (data-scores: code=score;…), the shapes from the city API.
(function () {
  'use strict';
  var element = document.getElementById('score-map');
  if (!element || !window.L) {
    return;
  }
  var scores = {};
  (element.dataset.scores || '').split(';').forEach(function (pair) {
    var parts = pair.split('=');
    if (parts.length === 2 && parts[1] !== '') {
      scores[parts[0]] = parseFloat(parts[1]);
    }
  });
  function colour(score) {
    if (score === undefined) {
      return '#bcccdc';
    }
    if (score >= 95) { return '#0b7a3e'; }
    if (score >= 90) { return '#7cb342'; }
    if (score >= 80) { return '#f9a825'; }
    return '#c81e1e';
  }
  var map = L.map(element, { zoomSnap: 0.25 }).setView([39.95, 116.4], 10);
  fetch(element.dataset.areasUrl + '?level=DISTRICT', { headers: { Accept: 'application/geo+json' } })
    .then(function (response) { return response.json(); })
    .then(function (collection) {
      var layer = L.geoJSON(collection, {
        style: function (feature) {
          return { color: '#52606d', weight: 1, fillOpacity: 0.6, fillColor: colour(scores[feature.properties.code]) };
        },
        onEachFeature: function (feature, shape) {
          var score = scores[feature.properties.code];
          shape.bindTooltip(feature.properties.name + (score === undefined ? '' : ' ' + score.toFixed(2)));
        }
      }).addTo(map);
      layer.eachLayer(function (shape) {
        var code = shape.feature.properties.code;
        shape.getElement().setAttribute('data-code', code);
        shape.getElement().setAttribute('data-score', scores[code] === undefined ? '' : scores[code].toFixed(2));
      });
      map.fitBounds(layer.getBounds());
      element.setAttribute('data-loaded', 'true');
    });
}());
