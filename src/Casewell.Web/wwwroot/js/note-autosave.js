// Saves the note being written as a draft on the server: a few seconds after the worker stops typing, and when the
// page is left (navigator.sendBeacon, which survives the page going away). It posts the form itself, with its
// antiforgery token, to the form's data-autosave address, and keeps the note's id and version the server answers, so
// the next post saves over the same draft. Without this script the form's "Save draft" button saves the same fields.
(function () {
  const delayMs = 3000;

  const start = () => {
    const form = document.querySelector('form[data-autosave]');
    if (!form || form.dataset.autosaveReady) return;
    form.dataset.autosaveReady = 'true';
    const url = form.dataset.autosave;
    const status = form.querySelector('[data-autosave-status]');
    const noteField = form.querySelector('[data-autosave-note]');
    const versionField = form.querySelector('[data-autosave-version]');
    let timer = null;
    let dirty = false;
    // A save the server refused or never got: not retried until the worker types again, but sent when they leave.
    let unsaved = false;
    let inFlight = null;
    let submitting = false;

    const save = () => {
      timer = null;
      if (!dirty || inFlight || submitting) return inFlight;
      dirty = false;
      inFlight = post().finally(() => {
        inFlight = null;
        if (dirty && !timer && !submitting) timer = setTimeout(save, delayMs);
      });
      return inFlight;
    };

    const post = async () => {
      try {
        const response = await fetch(url, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
        if (!response.ok) {
          // The server's refusal (a conflict, a field) shows when the form is posted; the next keystroke tries again.
          unsaved = true;
          if (status) status.textContent = form.dataset.autosaveFailed || '';
          return;
        }
        const saved = await response.json();
        if (noteField) noteField.value = saved.noteId;
        // The new note is a draft now: the address names it, so that a reload, or signing in again after the idle
        // log-off, opens this draft rather than a blank form.
        if (saved.noteId && /\/notes\/new$/.test(window.location.pathname)) {
          window.history.replaceState(window.history.state, '', '/notes/' + saved.noteId + '/edit');
        }
        if (versionField) versionField.value = saved.version;
        unsaved = false;
        if (status) status.textContent = (form.dataset.autosaveSaved || 'Saved at {0}').replace('{0}', saved.savedAt);
      } catch {
        unsaved = true;
      }
    };

    const changed = () => {
      dirty = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, delayMs);
    };

    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('submit', (event) => {
      if (timer) clearTimeout(timer);
      timer = null;
      // A save still on its way would make this post's version (or its missing note id) stale: wait for its answer,
      // which fills them in, then post the form as the worker asked.
      if (inFlight) {
        event.preventDefault();
        const submitter = event.submitter;
        inFlight.then(() => form.requestSubmit(submitter));
        return;
      }
      submitting = true;
    });
    // The idle log-off (session.js) waits for this save before it ends the session, so the draft has every word.
    document.addEventListener('casewell:idle-logoff', (event) => {
      if (!document.contains(form) || !(dirty || unsaved) || submitting) return;
      if (timer) clearTimeout(timer);
      timer = null;
      dirty = true;
      const saving = inFlight ? inFlight.then(save) : save();
      if (saving && event.detail && event.detail.waitUntil) event.detail.waitUntil(saving);
    });
    window.addEventListener('pagehide', () => {
      if (!(dirty || unsaved) || submitting) return;
      dirty = false;
      navigator.sendBeacon(url, new FormData(form));
    });
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  document.addEventListener('DOMContentLoaded', () => {
    if (window.Blazor) window.Blazor.addEventListener('enhancedload', start);
  });
})();
