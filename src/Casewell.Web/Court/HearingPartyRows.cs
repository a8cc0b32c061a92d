namespace Casewell.Web.Court;

/// <summary>
/// The schedule form sends only the rows of attorneys and parties the worker filled in, so the errors name the list's
/// index; this puts each back on the row of the form it came from ("Hearing.Parties[0].Name" of a list whose first entry
/// was the form's third row is that row's field).
/// </summary>
internal static class HearingPartyRows
{
    private const string Prefix = "Hearing.Parties[";

    public static IReadOnlyDictionary<string, string[]>? ToFormRows(IReadOnlyDictionary<string, string[]>? errors, IReadOnlyList<int> rows)
    {
        if (errors is null) return null;
        var moved = new Dictionary<string, string[]>();
        foreach (var (field, messages) in errors)
        {
            var key = field;
            if (field.StartsWith(Prefix, StringComparison.Ordinal))
            {
                var end = field.IndexOf(']', Prefix.Length);
                if (end > 0 && int.TryParse(field.AsSpan(Prefix.Length, end - Prefix.Length), System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture, out var index) && index < rows.Count)
                    key = $"{Prefix}{rows[index].ToString(System.Globalization.CultureInfo.InvariantCulture)}{field[end..]}";
            }
            moved[key] = messages;
        }
        return moved;
    }
}
