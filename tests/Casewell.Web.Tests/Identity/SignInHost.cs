using System.Net;
using Casewell.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Identity;

/// <summary>
/// The app again, on the fixture's database, with what a sign-in test needs to change: a clock it moves, settings,
/// a password hasher it watches, and client addresses it names (the in-memory server has none of its own).
/// </summary>
internal static class SignInHost
{
    public const string AddressHeader = "X-Test-Client-Address";

    public static WebApplicationFactory<Program> Start(CasewellApp app, TimeProvider? clock = null, IPasswordHasher<StaffUser>? hasher = null,
        params (string Key, string Value)[] settings) =>
        app.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureTestServices(services =>
            {
                if (clock is not null) services.AddSingleton(clock);
                if (hasher is not null) services.AddSingleton(hasher);
                services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
            });
        });

    public static HttpClient Client(WebApplicationFactory<Program> host, string address = "203.0.113.10")
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader].ToString(), out var address)) context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>ASP.NET Core Identity's hasher, counting its verifications.</summary>
internal sealed class CountingPasswordHasher : IPasswordHasher<StaffUser>
{
    private readonly PasswordHasher<StaffUser> inner = new();
    private int verifications;

    public int Verifications => Volatile.Read(ref verifications);

    public string HashPassword(StaffUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref verifications);
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
