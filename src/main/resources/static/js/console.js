// Maps of the work-order pages. On the operator console a click on the map sets the request's
// point and shows where it lies (GET /api/city/locate); on an order page a small map shows the
// order's point. Both draw the districts from the GeoJSON API for orientation.
(function () {
  'use strict';

  if (!window.L) {
    return;
  }

  var CENTRE = [39.95, 116.4];

  function districts(map, url, fit) {
    fetch(url + '?level=DISTRICT', { headers: { Accept: 'application/geo+json' } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (collection) {
        if (!collection) {
          return;
        }
        var layer = L.geoJSON(collection, {
          interactive: false,
          style: { className: 'area-district', color: '#c81e1e', weight: 2, fillColor: '#c81e1e', fillOpacity: 0.04 }
        }).addTo(map);
        if (fit) {
          map.fitBounds(layer.getBounds());
        }
        map.getContainer().classList.add('map-ready');
      });
  }

  function point(map, latlng) {
    return L.circleMarker(latlng, { radius: 8, color: '#0b69a3', weight: 3, fillOpacity: 0.5 }).addTo(map);
  }

  function consoleMap(element) {
    var config = element.dataset;
    var lat = document.getElementById('lat');
    var lon = document.getElementById('lon');
    var located = document.getElementById('located');
    var map = L.map(element, { zoomSnap: 0.25 }).setView(CENTRE, 10);
    var marker = null;
    var given = lat.value && lon.value;
    districts(map, config.areasUrl, !given);

    function show(rows) {
      located.replaceChildren();
      rows.forEach(function (row) {
        var term = document.createElement('dt');
        term.textContent = row[0];
        var detail = document.createElement('dd');
        detail.textContent = row[1];
        located.append(term, detail);
      });
    }

    function say(text) {
      located.replaceChildren();
      var line = document.createElement('dd');
      line.className = 'error';
      line.textContent = text;
      located.append(line);
    }

    function clear() {
      lat.value = '';
      lon.value = '';
      if (marker) {
        marker.remove();
        marker = null;
      }
    }

    function place(latlng) {
      clear();
      marker = point(map, latlng);
      lat.value = latlng.lat.toFixed(6);
      lon.value = latlng.lng.toFixed(6);
      lat.dispatchEvent(new Event('change', { bubbles: true }));
      fetch(config.locateUrl + '?lat=' + lat.value + '&lon=' + lon.value, { headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (response.status === 404) {
            return null;
          }
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.json();
        })
        .then(function (location) {
          if (!location) {
            clear();
            say(config.labelOutside);
            return;
          }
          show([['labelGrid', location.grid], ['labelCommunity', location.community], ['labelStreet', location.street],
            ['labelDistrict', location.district]]
            .filter(function (row) { return row[1]; })
            .map(function (row) { return [config[row[0]], row[1].name + ' (' + row[1].code + ')']; }));
        })
        .catch(function () {
          say(config.labelFailed);
        });
    }

    map.on('click', function (event) {
      place(event.latlng);
    });
    // routing's "use this place" (routing.js)
    document.addEventListener('whistle:place', function (event) {
      var latlng = L.latLng(event.detail.lat, event.detail.lon);
      map.setView(latlng, 15);
      place(latlng);
    });
    document.getElementById('clear-point').addEventListener('click', function () {
      clear();
      located.replaceChildren();
    });
    if (given) {
      var latlng = L.latLng(Number(lat.value), Number(lon.value));
      map.setView(latlng, 14);
      place(latlng);
    }
  }

  function orderMap(element) {
    var latlng = L.latLng(Number(element.dataset.lat), Number(element.dataset.lon));
    var map = L.map(element, { zoomSnap: 0.25 }).setView(latlng, 13);
    districts(map, element.dataset.areasUrl, false);
    point(map, latlng);
  }

  var consoleElement = document.getElementById('console-map');
  if (consoleElement) {
    consoleMap(consoleElement);
  }
  var order = document.getElementById('order-map');
  if (order) {
    orderMap(order);
  }
}());
