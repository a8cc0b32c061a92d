// Accessible form errors. Each field's hint and error message are tied to its input (aria-describedby), so a
// screen reader reads them with the field; after a rejected submit the error summary takes focus, so keyboard
// and screen reader users start from the list of problems. Runs on full loads and on Blazor's enhanced ones.
(function () {
  const describe = () => {
    document.querySelectorAll('.usa-form-group').forEach((group) => {
      const ids = [...group.querySelectorAll(':scope > .usa-hint[id], :scope > .usa-error-message[id]')].map((e) => e.id);
      const input = group.querySelector('input, select, textarea');
      if (input && ids.length) input.setAttribute('aria-describedby', ids.join(' '));
    });
    const summary = document.getElementById('error-summary');
    if (summary) summary.focus();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', describe);
  else describe();
  document.addEventListener('DOMContentLoaded', () => {
    if (window.Blazor) window.Blazor.addEventListener('enhancedload', describe);
  });
})();
