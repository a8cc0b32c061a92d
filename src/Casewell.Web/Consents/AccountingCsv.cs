using System.Globalization;
using System.Text;
using Casewell.Consents;
using Casewell.Web.Hosting;

namespace Casewell.Web.Consents;

/// <summary>The accounting of disclosures as CSV for the client or an auditor to take away (cells made safe by <see cref="CsvText"/>).</summary>
internal static class AccountingCsv
{
    public const string MediaType = CsvText.MediaType;

    private static readonly string[] Header =
        ["Disclosed at (UTC)", "Recipient", "Organization", "Class of recipient", "Categories", "What was disclosed", "Purpose", "Method", "Proceeding",
            "Authority", "Consent", "Court order", "Part 2", "Disclosed by"];

    public static byte[] Write(IEnumerable<DisclosureView> rows)
    {
        var csv = new StringBuilder(CsvText.Line(Header));
        foreach (var d in rows)
        {
            csv.Append(CsvText.Line(d.DisclosedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), d.RecipientName, d.RecipientOrganization,
                d.RecipientClass, string.Join("; ", d.Categories), d.Description, d.Purpose, d.Method.ToString(), d.Proceeding, d.Authority.ToString(),
                d.ConsentId?.ToString(), d.CourtOrder, d.IsPart2 ? "yes" : "no", d.DisclosedByName));
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
