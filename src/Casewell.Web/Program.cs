using Casewell.Security;
using Casewell.Web.Hosting;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
// The framework's scripts (_framework/blazor.web.js) are static web assets, which ASP.NET Core resolves only in
// Development; `dotnet run` runs as Production, where every page's script request failed with a 500. A published
// app has its assets in wwwroot and no manifest to read, so this changes nothing there.
builder.WebHost.UseStaticWebAssets();
try
{
    builder.Services.AddCasewellWeb(builder.Configuration);
}
catch (OptionsValidationException e)
{
    // Database:Provider decides which services there are, so it is read before the other settings can be checked.
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

var app = builder.Build();
// The operator's mistakes, not crashes: say what to set, without a stack trace, and stop, before the server or an
// admin command touches the database.
if (StartupSettings.Problems(app.Services) is { Count: > 0 } problems)
{
    foreach (var problem in problems) await Console.Error.WriteLineAsync(problem);
    return 1;
}
try
{
    if (AdminCommands.IsCommand(args)) return await AdminCommands.RunAsync(app, args);
    await app.PrepareDatabaseAsync();
}
catch (FieldKeyException e)
{
    // The operator's mistake, not a crash: say what to do, without a stack trace, and stop.
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
app.UseCasewellPipeline();
app.MapCasewellEndpoints();
await app.AnnounceFirstRunSetupAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so the integration tests can host the app.</summary>
public partial class Program;
