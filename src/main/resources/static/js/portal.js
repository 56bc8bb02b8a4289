// The citizen portal's report form: choosing a suggested category, and a pin on the map.
(function () {
  'use strict';

  var text = document.getElementById('categoryText');
  var code = document.getElementById('categoryCode');
  var suggestions = document.getElementById('suggestions');
  suggestions.addEventListener('click', function (event) {
    var chosen = event.target.closest('button.suggestion');
    if (!chosen) {
      return;
    }
    code.value = chosen.dataset.code;
    text.value = chosen.textContent;
    suggestions.replaceChildren();
  });
  // typing again forgets the chosen category until one is chosen anew
  text.addEventListener('input', function () {
    code.value = '';
  });

  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var pin = document.getElementById('pin');
  var element = document.getElementById('portal-map');
  var marker = null;
  var map = null;

  function place(latlng) {
    lat.value = latlng.lat.toFixed(6);
    lon.value = latlng.lng.toFixed(6);
    pin.textContent = lat.value + ', ' + lon.value;
    if (marker) {
      marker.setLatLng(latlng);
    } else {
      marker = L.circleMarker(latlng, { radius: 9, color: '#c81e1e', weight: 3, fillOpacity: 0.5 }).addTo(map);
    }
  }

  document.getElementById('clear-pin').addEventListener('click', function () {
    lat.value = '';
    lon.value = '';
    pin.textContent = '';
    if (marker) {
      marker.remove();
      marker = null;
    }
  });

  if (!window.L) {
    return;
  }
  map = L.map(element, { zoomSnap: 0.25 }).setView([39.95, 116.4], 10);
  if (lat.value && lon.value) {
    place(L.latLng(Number(lat.value), Number(lon.value)));
  }
  map.on('click', function (event) {
    place(event.latlng);
  });
  fetch(element.dataset.areasUrl, { headers: { Accept: 'application/geo+json' } })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (collection) {
      if (collection) {
        var layer = L.geoJSON(collection, {
          interactive: false,
          style: { color: '#c81e1e', weight: 2, fillColor: '#c81e1e', fillOpacity: 0.04 }
        }).addTo(map);
        map.fitBounds(layer.getBounds());
      }
      element.classList.add('map-ready');
    });
})();
