namespace Casewell.Web.Hosting;

/// <summary>Query-string values read by hand, so a wrong one gets a validation problem naming it rather than a bare 400.</summary>
internal static class ApiQuery
{
    public static bool TryEnum<T>(string? value, T fallback, out T parsed) where T : struct, Enum
    {
        parsed = fallback;
        if (string.IsNullOrWhiteSpace(value)) return true;
        return Enum.TryParse(value, ignoreCase: true, out parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _);
    }

    public static IResult Invalid(string parameter, string expected) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [$"Use one of: {expected}."] }, title: "Some fields need correcting.");
}
