// Automatic log-off on screen (HIPAA 164.312(a)(2)(iii)), with a warning first.
// The server ends a session after Security:IdleTimeoutMinutes without a request. A worker typing a long note makes
// no request, so while they are active this script tells the server so (at most once a minute). After a period
// with no keyboard, pointer or scroll activity it shows the warning with a countdown; "Stay signed in" keeps the
// session. At the end it lets the page save its work (the "casewell:idle-logoff" event, which a draft's autosave
// listens for), ends the session on the server, and goes to the sign-in page, which brings the worker back here.
(function () {
  const meta = document.querySelector('meta[name="casewell-idle-minutes"]');
  if (!meta) return;
  const idleMs = Number(meta.content) * 60 * 1000;
  if (!Number.isFinite(idleMs) || idleMs <= 0) return;
  const warnMs = Math.min(2 * 60 * 1000, idleMs / 4);
  const contactEveryMs = Math.min(60 * 1000, idleMs / 4);
  // Looked up each time: an enhanced navigation may replace the layout's elements.
  const byId = (id) => document.getElementById(id);
  let lastActivity = Date.now();
  let lastContact = Date.now();
  let focusBefore = null;
  let ended = false;

  const here = () => window.location.pathname + window.location.search;
  const toSignIn = () => window.location.assign('/sign-in?reason=idle&returnUrl=' + encodeURIComponent(here()));

  const keepAlive = () => {
    lastContact = Date.now();
    fetch('/api/v1/session', { credentials: 'same-origin', cache: 'no-store' })
      .then((answer) => { if (answer.status === 401) { ended = true; toSignIn(); } })
      .catch(() => { /* offline for a moment: the next activity tries again */ });
  };

  const showWarning = (remainingMs) => {
    const warning = byId('idle-warning');
    const time = byId('idle-warning-time');
    const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
    if (time) time.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
    if (warning && warning.hidden) {
      focusBefore = document.activeElement;
      warning.hidden = false;
      const stay = byId('idle-warning-stay');
      if (stay) stay.focus();
    }
  };

  const hideWarning = () => {
    const warning = byId('idle-warning');
    if (!warning || warning.hidden) return;
    warning.hidden = true;
    if (focusBefore && typeof focusBefore.focus === 'function' && document.contains(focusBefore)) focusBefore.focus();
    focusBefore = null;
  };

  // The page's scripts may hold the log-off until their work is saved (a note's draft): they pass the save's promise to
  // waitUntil. The session ends after those saves, or after 5 seconds, whichever is first.
  const logOff = () => {
    ended = true;
    const saves = [];
    document.dispatchEvent(new CustomEvent('casewell:idle-logoff', { detail: { waitUntil: (promise) => saves.push(promise) } }));
    const saved = saves.length ? Promise.race([Promise.allSettled(saves), new Promise((done) => setTimeout(done, 5000))]) : Promise.resolve();
    saved
      .then(() => fetch('/api/v1/session', { method: 'DELETE', credentials: 'same-origin', keepalive: true }))
      .catch(() => { /* the server's own idle timeout ends the session anyway */ })
      .finally(toSignIn);
  };

  const active = () => {
    if (ended) return;
    lastActivity = Date.now();
    hideWarning();
    if (Date.now() - lastContact >= contactEveryMs) keepAlive();
  };

  const check = () => {
    if (ended) return;
    const idle = Date.now() - lastActivity;
    if (idle >= idleMs) logOff();
    else if (idle >= idleMs - warnMs) showWarning(idleMs - idle);
  };

  ['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'].forEach((name) =>
    document.addEventListener(name, active, { passive: true, capture: true }));
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('#idle-warning-stay')) { keepAlive(); active(); }
  });
  // An enhanced navigation or form post is a request: the server has seen the worker.
  document.addEventListener('DOMContentLoaded', () => {
    if (window.Blazor) window.Blazor.addEventListener('enhancedload', () => { lastContact = Date.now(); active(); });
  });
  setInterval(check, 1000);
})();
