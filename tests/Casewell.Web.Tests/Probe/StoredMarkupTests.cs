using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Web.Tests.Cases;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Probe;

/// <summary>
/// Markup is valid text: a name may hold "&lt;" or a quote, and refusing them would defend nothing, since what
/// protects a reader is that every page encodes what it shows. So a client registered with script in their names
/// and a case opened with script in its reason are stored as given, and every page that shows them shows text,
/// never a tag or an attribute the browser would run.
/// </summary>
public abstract class StoredMarkupTests(CasewellApp app) : IntegrationTest(app)
{
    private const string ScriptTag = "<script>alert(1)</script>";
    private const string AttributeBreak = "\"><img src=x onerror=alert(1)>";
    private const string SvgTag = "<svg/onload=alert(1)>";

    [Fact]
    public async Task Script_stored_as_a_name_or_a_reason_is_shown_as_text_on_every_page_that_shows_it()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var tag = Guid.CreateVersion7().ToString("N")[^8..];
        var registered = await CreatedAsync(await world.Supervisor.Http.PostAsJsonAsync("/api/v1/clients", new
        {
            details = new
            {
                legalName = new { first = ScriptTag, last = $"Markup{tag} {AttributeBreak}" },
                preferredName = SvgTag,
                veteranStatus = "Unknown",
            },
            confirmedNewPerson = true,
        }, Cancellation));
        var clientId = registered.GetProperty("id").GetGuid();
        var opened = await CreatedAsync(await world.Supervisor.Http.PostAsJsonAsync("/api/v1/cases",
            world.Referral(clientId, reason: $"Neighbour said {ScriptTag}"), Cancellation));
        var caseId = opened.GetProperty("caseId").GetGuid();

        // The API gives the text back as stored: JSON carries it as a string, which is the API client's to encode.
        var profile = await world.Supervisor.Http.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}", Cancellation);
        Assert.Contains(ScriptTag, StringsOf(profile));

        foreach (var page in new[]
        {
            $"/clients/{clientId}", $"/clients/{clientId}/edit", $"/cases/{caseId}", $"/teams/{world.TeamId}/queue",
            $"/clients?q={Uri.EscapeDataString($"Markup{tag} {AttributeBreak}")}",
        })
        {
            var response = await world.Supervisor.Http.GetAsync(page, Cancellation);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync(Cancellation);
            Assert.Contains($"Markup{tag}", html, StringComparison.Ordinal);
            foreach (var raw in new[] { ScriptTag, "<img src=x onerror", SvgTag, "alert(1)</script>" })
                Assert.False(html.Contains(raw, StringComparison.OrdinalIgnoreCase), $"{page} has the raw markup {raw}");
            // Shown, encoded: the page does show the name, as the text it is.
            var decoded = WebUtility.HtmlDecode(html);
            Assert.True(new[] { ScriptTag, AttributeBreak, SvgTag }.Any(m => decoded.Contains(m, StringComparison.Ordinal)), $"{page} does not show the names or the reason");
        }
    }

    private static IEnumerable<string> StringsOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsOf(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringsOf),
        _ => [],
    };
}

public sealed class StoredMarkupTests_on_Sqlite(SqliteApp app) : StoredMarkupTests(app), IClassFixture<SqliteApp>;

public sealed class StoredMarkupTests_on_Postgres(PostgresApp app) : StoredMarkupTests(app), IClassFixture<PostgresApp>;
