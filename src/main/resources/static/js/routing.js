// The routing suggestions on the operator console: "use this place" puts the place's point on the
// console's map (console.js listens for whistle:place), and the suggestions follow the point.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var button = event.target.closest('.use-place');
    if (!button) {
      return;
    }
    document.dispatchEvent(new CustomEvent('whistle:place', {
      detail: { lat: Number(button.dataset.lat), lon: Number(button.dataset.lon) }
    }));
  });
}());
