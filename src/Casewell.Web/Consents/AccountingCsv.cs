using System.Globalization;
using System.Text;
using Casewell.Consents;

namespace Casewell.Web.Consents;

/// <summary>
/// The accounting of disclosures as CSV (RFC 4180) for the client or an auditor to take away. A field a spreadsheet
/// would run as a formula (=, +, -, @ first) is written with a leading apostrophe: the texts come from workers'
/// typing, and a downloaded file must not execute anything.
/// </summary>
internal static class AccountingCsv
{
    public const string MediaType = "text/csv";

    private static readonly string[] Header =
        ["Disclosed at (UTC)", "Recipient", "Organization", "Class of recipient", "Categories", "What was disclosed", "Purpose", "Method", "Proceeding",
            "Authority", "Consent", "Court order", "Part 2", "Disclosed by"];

    public static byte[] Write(IEnumerable<DisclosureView> rows)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var d in rows)
        {
            Line(csv, [d.DisclosedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), d.RecipientName, d.RecipientOrganization,
                d.RecipientClass, string.Join("; ", d.Categories), d.Description, d.Purpose, d.Method.ToString(), d.Proceeding, d.Authority.ToString(),
                d.ConsentId?.ToString(), d.CourtOrder, d.IsPart2 ? "yes" : "no", d.DisclosedByName]);
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static void Line(StringBuilder csv, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Field(fields[i]));
        }
        csv.Append("\r\n");
    }

    internal static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
