using System.Net;
using System.Text.Json;
using Casewell.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Hosting;

public abstract class HostingTests(CasewellApp app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_endpoints_answer_200_without_signing_in(string path)
    {
        using var client = App.CreateAnonymousClient();
        var response = await client.GetAsync(path, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_and_lists_the_session_endpoint()
    {
        using var client = App.CreateAnonymousClient();
        var response = await client.GetAsync("/openapi/v1.json", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimEnd('/')).ToList();
        Assert.Contains("/api/v1/session", paths);
    }

    [Fact]
    public async Task An_API_call_without_a_session_gets_401_problem_not_a_redirect()
    {
        using var client = App.CreateAnonymousClient();
        var response = await client.GetAsync("/api/v1/staff", Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_page_without_a_session_redirects_to_sign_in()
    {
        using var client = App.CreateAnonymousClient();
        var response = await client.GetAsync("/", Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task The_sign_in_page_shows_its_text_not_resource_keys()
    {
        using var client = App.CreateAnonymousClient();
        var response = await client.GetAsync("/sign-in", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("<h1>Sign in</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SignIn_Title", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_fails_shows_the_error_page_rather_than_redirecting()
    {
        await using var failing = App.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddScoped<SignInStaffHandler>(_ => throw new InvalidOperationException("A failure for the test."))));
        using var client = failing.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/sign-in", Cancellation);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain("A failure for the test", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/healthz")]
    [InlineData("/api/v1/staff")]
    [InlineData("/")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = App.CreateAnonymousClient();
        var response = await client.GetAsync(path, Cancellation);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var scriptSrc = Assert.Single(directives, d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", scriptSrc, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(response.Headers.GetValues("Referrer-Policy"))));
    }
}

public sealed class HostingTests_on_Sqlite(SqliteApp app) : HostingTests(app), IClassFixture<SqliteApp>;

public sealed class HostingTests_on_Postgres(PostgresApp app) : HostingTests(app), IClassFixture<PostgresApp>;
