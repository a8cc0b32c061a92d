namespace Casewell.Web.Components.Shared;

/// <summary>The element id of a form field named by a use case's error key ("LegalName.First" → "field-legalname-first").</summary>
public static class FieldIds
{
    public static string For(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return "field-" + field.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal).ToLowerInvariant();
    }
}
