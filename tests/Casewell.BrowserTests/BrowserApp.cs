using Casewell.Data;
using Casewell.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>
/// Casewell on a real port with a fresh SQLite database, and a headless Chromium to drive it. One per test
/// class; each test opens its own browser context (its own cookies).
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    private const string FieldEncryptionKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync",
    ];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "casewell-browser-tests", Guid.CreateVersion7().ToString("N"));
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = new("http://localhost");

    public async ValueTask InitializeAsync()
    {
        if (BrowserEnvironment.Chromium is not { } chromium) return;
        Directory.CreateDirectory(folder);
        UseKestrel(0);
        StartServer();
        var address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        // Chromium accepts Secure cookies over plain HTTP only on localhost.
        BaseAddress = new UriBuilder(address) { Host = "localhost" }.Uri;

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Casewell", $"Data Source={Path.Combine(folder, "casewell.db")}");
        builder.UseSetting("Security:FieldEncryptionKey", FieldEncryptionKey);
        // Every test signs in from the loopback address, more often than an office would in a minute.
        builder.UseSetting("Security:SignIn:AttemptsPerAddressPerMinute", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    public async Task<string> IssueSetupTokenAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().IssueTokenAsync(CancellationToken.None);
        return token ?? throw new InvalidOperationException("The database already has staff: setup is not offered.");
    }

    public async Task<string> CreateStaffAsync(StaffRole role, string displayName)
    {
        var email = $"staff-{Guid.CreateVersion7():N}@agency.example.org";
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateStaffUserHandler>()
            .Handle(new CreateStaffUser(email, displayName, role, Password), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        return email;
    }

    /// <summary>How many clients the database holds with this last name: what a page created, whatever it showed.</summary>
    public async Task<int> CountClientsAsync(string lastName)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CasewellDbContext>().Clients.CountAsync(c => c.LastName == lastName);
    }

    public override async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Litter in the temp folder at worst.
        }
        GC.SuppressFinalize(this);
    }
}
