using System.Net;
using System.Text.RegularExpressions;

namespace Casewell.Web.Tests;

/// <summary>
/// The inputs of a page's HTML, to post a Blazor static-rendered form as a browser would: the hidden
/// <c>_handler</c> names the form, <c>__RequestVerificationToken</c> carries the antiforgery token.
/// </summary>
public static partial class HtmlForm
{
    public static Dictionary<string, string> Inputs(string html)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match tag in InputTag().Matches(html))
        {
            var name = Attribute(tag.Value, "name");
            if (name is null) continue;
            inputs[name] = Attribute(tag.Value, "value") ?? "";
        }
        return inputs;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InputTag();
}
