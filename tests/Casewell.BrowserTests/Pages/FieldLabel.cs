using System.Text.RegularExpressions;

namespace Casewell.BrowserTests.Pages;

/// <summary>Labels as the form fields render them.</summary>
public static class FieldLabel
{
    /// <summary>A required field's label, exactly: its text, then the asterisk that marks it required.</summary>
    public static Regex Required(string text) => new($"^{Regex.Escape(text)}\\*?$");
}
