using System.Text;

namespace Casewell.Web.Hosting;

/// <summary>
/// CSV (RFC 4180) lines for the files Casewell hands out. A cell a spreadsheet would run as a formula (=, +, -, @
/// first, or a tab or carriage return that some read past to one) gets a leading apostrophe: the texts come from
/// staff's typing and from the trail, and a downloaded file must not execute anything.
/// </summary>
internal static class CsvText
{
    public const string MediaType = "text/csv";

    public static string Line(params string?[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) line.Append(',');
            line.Append(Field(fields[i]));
        }
        return line.Append("\r\n").ToString();
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
