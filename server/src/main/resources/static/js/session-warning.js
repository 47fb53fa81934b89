// SIGN-6: shows the "session about to end" warning a little before the idle timeout, and moves focus to it.
// The page works without this file: the warning simply stays hidden.
(function () {
  'use strict';
  var warning = document.getElementById('session-warning');
  if (!warning) {
    return;
  }
  var idle = parseInt(warning.getAttribute('data-idle-seconds'), 10);
  var warn = parseInt(warning.getAttribute('data-warn-seconds'), 10);
  if (!(idle > warn && warn > 0)) {
    return;
  }
  window.setTimeout(function () {
    warning.hidden = false;
    warning.setAttribute('tabindex', '-1');
    warning.focus();
  }, (idle - warn) * 1000);
})();
