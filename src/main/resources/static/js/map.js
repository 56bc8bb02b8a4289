// The city map: district, street and grid layers from the GeoJSON API, with or without map
// tiles; a click on the map asks /api/city/locate where the point lies.
(function () {
  'use strict';

  var GRID_MIN_ZOOM = 14;
  var element = document.getElementById('map');
  if (!element || !window.L) {
    return;
  }
  var config = element.dataset;
  var map = L.map(element, { zoomSnap: 0.25 }).setView([39.95, 116.4], 11);
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, { attribution: config.tileAttribution || '', maxZoom: 19 }).addTo(map);
  }

  var styles = {
    GRID: { className: 'area-grid', color: '#7b8794', weight: 0.6, fillOpacity: 0 },
    STREET: { className: 'area-street', color: '#0b69a3', weight: 1.6, fillOpacity: 0 },
    DISTRICT: { className: 'area-district', color: '#c81e1e', weight: 3, fillColor: '#c81e1e', fillOpacity: 0.04 }
  };

  // Each level draws in its own pane so that districts stay above streets and grids, whatever loads first.
  function areaLayer(level, zIndex) {
    map.createPane(level).style.zIndex = zIndex;
    var layer = L.geoJSON(null, { pane: level, style: styles[level] });
    var loading = null;
    layer.load = function () {
      if (!loading) {
        loading = fetch(config.areasUrl + '?level=' + level, { headers: { Accept: 'application/geo+json' } })
          .then(function (response) {
            if (!response.ok) {
              throw new Error(response.status);
            }
            return response.json();
          })
          .then(function (collection) {
            layer.addData(collection);
            return layer;
          });
      }
      return loading;
    };
    return layer;
  }

  var grids = areaLayer('GRID', 410);
  var streets = areaLayer('STREET', 420);
  var districts = areaLayer('DISTRICT', 430);
  var overlays = {};
  overlays[config.labelDistrict] = districts;
  overlays[config.labelStreet] = streets;
  overlays[config.labelGrid] = grids;
  L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  districts.addTo(map);
  streets.addTo(map);
  grids.addTo(map);

  districts.load().then(function () {
    map.fitBounds(districts.getBounds());
  });
  streets.load();

  // Grids are small: drawn only when zoomed in, and fetched the first time they are needed.
  function showGridsByZoom() {
    var zoomedIn = map.getZoom() >= GRID_MIN_ZOOM;
    element.classList.toggle('grids-hidden', !zoomedIn);
    if (zoomedIn && map.hasLayer(grids)) {
      grids.load();
    }
  }
  map.on('zoomend overlayadd', showGridsByZoom);
  showGridsByZoom();

  document.querySelectorAll('#district-list li').forEach(function (item) {
    item.addEventListener('click', function (event) {
      event.preventDefault();
      districts.eachLayer(function (layer) {
        if (layer.feature.properties.code === item.dataset.code) {
          map.fitBounds(layer.getBounds());
        }
      });
    });
  });

  function describe(location) {
    var list = document.createElement('dl');
    list.className = 'location-popup';
    [['labelGrid', location.grid], ['labelCommunity', location.community], ['labelStreet', location.street],
      ['labelDistrict', location.district]].forEach(function (row) {
      if (!row[1]) {
        return;
      }
      var term = document.createElement('dt');
      term.textContent = config[row[0]];
      var detail = document.createElement('dd');
      detail.textContent = row[1].name + ' (' + row[1].code + ')';
      list.append(term, detail);
    });
    return list;
  }

  map.on('click', function (event) {
    var url = config.locateUrl + '?lat=' + event.latlng.lat.toFixed(6) + '&lon=' + event.latlng.lng.toFixed(6);
    var popup = L.popup().setLatLng(event.latlng);
    fetch(url, { headers: { Accept: 'application/json' } })
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
        popup.setContent(location ? describe(location) : config.labelOutside).openOn(map);
      })
      .catch(function () {
        popup.setContent(config.labelFailed).openOn(map);
      });
  });
}());
