using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Casewell.Benchmarks;

/// <summary>
/// Casewell hosted in this process on the seeded database, as in production: the same pipeline, handlers,
/// access rules and audit trail. Requests go through the whole HTTP stack in memory, with no network in the
/// way, so what is timed is the server's own work.
/// </summary>
internal sealed class BenchApp : WebApplicationFactory<Program>
{
    public const string Domain = "harmoncounty.example";

    private readonly BenchOptions options;

    public BenchApp(BenchOptions options)
    {
        this.options = options;
        // The web project's folder, for its configuration files: a console program gets no test manifest to find it by.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Casewell.slnx"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Run the benchmarks from a build inside the repository.");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CASEWELL_WEB", Path.Combine(root.FullName, "src", "Casewell.Web"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", options.IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Casewell", options.ConnectionString);
        builder.UseSetting("Security:FieldEncryptionKey", options.FieldEncryptionKey);
        // Long enough for the slowest run: the benchmark must not be signed out half way.
        builder.UseSetting("Security:IdleTimeoutMinutes", "120");
        // Every scenario signs in its own demo accounts from this one in-memory address, far beyond a person's pace.
        builder.UseSetting("Security:SignIn:AttemptsPerAddressPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>
    /// A client signed in as a demo account (every demo account shares the password seed-demo printed), and its
    /// session cookie: the key ring lives in the database, so the running server for `wrk` accepts it too.
    /// </summary>
    public async Task<SignedIn> SignedInAsync(string email)
    {
        if (!email.Contains('@', StringComparison.Ordinal)) email = $"{email}@{Domain}";
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var response = await client.PostAsJsonAsync("/api/v1/session", new { email, password = options.Password });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}: is this a database seeded with seed-demo, and the password the one it printed?");
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return new SignedIn(email, client, cookie);
    }
}

internal sealed record SignedIn(string Email, HttpClient Client, string Cookie);
