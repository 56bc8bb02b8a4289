// The console's category suggestions: picking one fills the category field.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var button = event.target.closest('.category-suggestion');
    var field = document.getElementById('category');
    if (!button || !field) {
      return;
    }
    field.value = button.dataset.category;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    field.focus();
  });
})();
