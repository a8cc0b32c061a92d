using Casewell.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCasewellWeb(builder.Configuration);

var app = builder.Build();
if (AdminCommands.IsCommand(args))
{
    return await AdminCommands.RunAsync(app, args);
}

await app.PrepareDatabaseAsync();
app.UseCasewellPipeline();
app.MapCasewellEndpoints();
await app.AnnounceFirstRunSetupAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so the integration tests can host the app.</summary>
public partial class Program;
