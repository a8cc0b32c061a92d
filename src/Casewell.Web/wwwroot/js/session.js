// Automatic log-off on screen: after the idle timeout the server has already ended the session; this takes
// the page (and the client record on it) off the screen too, instead of leaving it for the next passer-by.
(function () {
  const meta = document.querySelector('meta[name="casewell-idle-minutes"]');
  if (!meta) return;
  const minutes = Number(meta.content);
  if (!Number.isFinite(minutes) || minutes <= 0) return;
  let timer;
  const reset = () => {
    clearTimeout(timer);
    timer = setTimeout(() => { window.location.assign('/sign-in?reason=idle'); }, minutes * 60 * 1000);
  };
  ['click', 'keydown', 'submit'].forEach((name) => document.addEventListener(name, reset, { passive: true }));
  reset();
})();
