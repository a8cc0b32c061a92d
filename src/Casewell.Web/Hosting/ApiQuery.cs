namespace Casewell.Web.Hosting;

/// <summary>Query-string values read by hand, so a wrong one gets a validation problem naming it rather than a bare 400.</summary>
internal static class ApiQuery
{
    public static bool TryEnum<T>(string? value, T fallback, out T parsed) where T : struct, Enum
    {
        parsed = fallback;
        if (string.IsNullOrWhiteSpace(value)) return true;
        // Names only: Enum.TryParse also takes "3", "+3" and " 3 ", which name nothing the API documents.
        return value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(value[0])
            && Enum.TryParse(value, ignoreCase: true, out parsed) && Enum.IsDefined(parsed);
    }

    public static ApiProblem Invalid(string parameter, string expected) =>
        new(TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [$"Use one of: {expected}."] }, title: "Some fields need correcting."));
}
