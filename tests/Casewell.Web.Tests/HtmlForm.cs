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

    /// <summary>GETs a page that must answer 200: its HTML and the inputs of its forms.</summary>
    public static async Task<(string Html, Dictionary<string, string> Inputs)> OpenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (html, Inputs(html));
    }

    /// <summary>Posts the form named <paramref name="handler"/> with these fields and the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> inputs, string handler, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(inputs);
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = inputs["__RequestVerificationToken"],
        };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    /// <summary>Where a form's answer redirects to, as a path of this site.</summary>
    public static string Location(HttpResponseMessage response) =>
        (response ?? throw new ArgumentNullException(nameof(response))).Headers.Location!.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal);

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InputTag();
}
