using System.Net.Http.Json;
using Casewell.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests;

/// <summary>
/// Casewell hosted in memory on one database of its own, created for this fixture and removed after it.
/// Test classes get it as a class fixture through <see cref="SqliteApp"/> or <see cref="PostgresApp"/>.
/// </summary>
public abstract class CasewellApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    // A fixed key, so no key file is written beside the test run.
    public const string FieldEncryptionKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private int userCount;

    /// <summary>Where this app keeps documents: a folder of its own, so that a test can find (and damage) a stored file.</summary>
    public string DocumentsFolder { get; } = Path.Combine(Path.GetTempPath(), "casewell-tests", "documents-" + Guid.CreateVersion7().ToString("N"));

    /// <summary>
    /// Null when this database cannot be used here (see <see cref="RequireDatabase"/>). Public, with the provider, for
    /// tests that start Casewell as a process of its own on the same database.
    /// </summary>
    public abstract string? ConnectionString { get; }

    public abstract string Provider { get; }

    /// <summary>Why the database is missing, when it is.</summary>
    protected abstract string MissingReason { get; }

    public abstract ValueTask InitializeAsync();

    /// <summary>Called first by every test: skips (or fails under CI) when this database is not available.</summary>
    public void RequireDatabase()
    {
        if (ConnectionString is null) TestEnvironment.Unavailable(MissingReason);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: Casewell reads its configuration while building services.
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Casewell", ConnectionString);
        builder.UseSetting("Security:FieldEncryptionKey", FieldEncryptionKey);
        builder.UseSetting("Security:IdleTimeoutMinutes", "15");
        // Every test signs in from the same (unknown) address; the tests of the per-address limit lower it.
        builder.UseSetting("Security:SignIn:AttemptsPerAddressPerMinute", "1000000");
        builder.UseSetting("Security:Lockout:MaxFailedAttempts", "5");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The sealer runs once at start and then rarely, so a test that seals does so when it says (Audit/AuditTrail.cs).
        builder.UseSetting("Audit:SealInterval", "00:01:00");
        builder.UseSetting("Documents:Folder", DocumentsFolder);
        // A small limit, so that the tests of an upload over it send one megabyte, not twenty-five.
        builder.UseSetting("Documents:MaxMegabytes", "1");
    }

    public HttpClient CreateAnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        // Session and antiforgery cookies are Secure-only: the client must believe it talks HTTPS.
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
    });

    /// <summary>Creates a staff account with the given role and returns its email; the password is <see cref="Password"/>.</summary>
    public async Task<(Guid Id, string Email)> CreateStaffAsync(StaffRole role, string? displayName = null)
    {
        var email = $"staff{Interlocked.Increment(ref userCount)}-{Guid.CreateVersion7():N}@agency.example.org";
        await using var scope = Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<CreateStaffUserHandler>();
        var result = await handler.Handle(new CreateStaffUser(email, displayName ?? $"Test {role}", role, Password), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        return (result.Value, email);
    }

    public async Task<HttpClient> SignedInAsync(StaffRole role) => (await SignedInWithIdAsync(role)).Client;

    public async Task<(HttpClient Client, Guid Id)> SignedInWithIdAsync(StaffRole role)
    {
        var (id, email) = await CreateStaffAsync(role);
        var client = CreateAnonymousClient();
        var response = await client.PostAsJsonAsync("/api/v1/session", new { email, password = Password });
        Assert.True(response.IsSuccessStatusCode, $"Signing in as {role} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (client, id);
    }

    public async Task WithServicesAsync(Func<IServiceProvider, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
