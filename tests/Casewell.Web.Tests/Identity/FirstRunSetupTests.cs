using System.Net;
using System.Net.Http.Json;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Identity;

/// <summary>Needs an empty database, so it is a class of its own (each class gets its own database).</summary>
public abstract class FirstRunSetupTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_setup_address_creates_the_first_administrator_once()
    {
        var token = await App.WithServicesAsync(s => s.GetRequiredService<FirstRunSetup>().IssueTokenAsync(Cancellation));
        Assert.NotNull(token);
        using var browser = App.CreateAnonymousClient();
        var address = $"/setup?token={token}";

        var form = await browser.GetAsync(address, Cancellation);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var inputs = HtmlForm.Inputs(await form.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal("setup", inputs["_handler"]);
        Assert.False(string.IsNullOrEmpty(inputs["__RequestVerificationToken"]));
        Assert.Equal(token, inputs["Form.Token"]);

        using var post = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = inputs["_handler"],
            ["__RequestVerificationToken"] = inputs["__RequestVerificationToken"],
            ["Form.Token"] = token,
            ["Form.DisplayName"] = "Ada Administrator",
            ["Form.Email"] = "ada@agency.example.org",
            ["Form.Password"] = CasewellApp.Password,
        });
        var submitted = await browser.PostAsync(address, post, Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.StartsWith("/sign-in", submitted.Headers.Location?.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var administrator = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().StaffUsers.SingleAsync(Cancellation));
        Assert.Equal(StaffRole.Administrator, administrator.Role);
        Assert.Equal("Ada Administrator", administrator.DisplayName);

        var again = await browser.GetAsync(address, Cancellation);
        Assert.Contains("data-testid=\"setup-invalid\"", await again.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.DoesNotContain("Form.Password", await again.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        using var signedIn = App.CreateAnonymousClient();
        var signIn = await signedIn.PostAsJsonAsync("/api/v1/session", new { email = "ada@agency.example.org", password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task A_made_up_setup_token_shows_no_form()
    {
        using var browser = App.CreateAnonymousClient();

        var page = await browser.GetAsync("/setup?token=0123456789abcdef", Cancellation);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"setup-invalid\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Form.Password", html, StringComparison.Ordinal);
    }
}

public sealed class FirstRunSetupTests_on_Sqlite(SqliteApp app) : FirstRunSetupTests(app), IClassFixture<SqliteApp>;

public sealed class FirstRunSetupTests_on_Postgres(PostgresApp app) : FirstRunSetupTests(app), IClassFixture<PostgresApp>;
