namespace Casewell.Web.Tests.Hosting;

/// <summary>
/// A bad setting stops Casewell at start, the server and every admin command, with a line naming the setting on
/// standard error, exit code 1 and no stack trace, before the database is touched. Casewell runs as its own process,
/// as an operator starts it; no database is needed (none is opened), so this class runs once, not per database.
/// </summary>
public sealed class StartupSettingsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Security__IdentifierLookups__PerHour=0", "Security:IdentifierLookups:PerHour must be a whole number from 1 to 1000; it is 0.")]
    [InlineData("Security__IdentifierLookups__PerHour=1001", "Security:IdentifierLookups:PerHour must be a whole number from 1 to 1000; it is 1001.")]
    [InlineData("Security__IdentifierLookups__PerHour=lots", "Failed to convert configuration value 'lots' at 'Security:IdentifierLookups:PerHour' to type 'System.Int32'.")]
    [InlineData("Security__IdleTimeoutMinutes=0", "Security:IdleTimeoutMinutes must be more than 0 and at most 10080; it is 0.")]
    [InlineData("Security__AbsoluteSessionHours=500", "Security:AbsoluteSessionHours must be more than 0 and at most 168; it is 500.")]
    [InlineData("Security__IdleTimeoutMinutes=120;Security__AbsoluteSessionHours=1", "Security:AbsoluteSessionHours (1) must not be shorter than Security:IdleTimeoutMinutes (120 minutes).")]
    [InlineData("Security__Lockout__MaxFailedAttempts=0", "Security:Lockout:MaxFailedAttempts must be from 1 to 100; it is 0.")]
    [InlineData("Security__Lockout__Duration=00:00:01", "Security:Lockout:FirstDelay must be positive and Security:Lockout:Duration from it to one day; they are 00:00:15 and 00:00:01.")]
    [InlineData("Security__SignIn__AttemptsPerAddressPerMinute=0", "Security:SignIn:AttemptsPerAddressPerMinute must be from 1 to 1000000; it is 0.")]
    [InlineData("Caseload__PriorityWeights__High=-2", "Caseload:PriorityWeights:High must be a number from 0 to 100; it is -2.")]
    [InlineData("Agency__Name= ", "Agency:Name must not be empty.")]
    [InlineData("Agency__TimeZone=Mars/Olympus_Mons", "Agency:TimeZone must be a time zone id such as America/New_York; 'Mars/Olympus_Mons' is not one.")]
    [InlineData("Agency__Culture=xx-YY", "Agency:Culture must be a culture name such as en-US; 'xx-YY' is not one.")]
    [InlineData("Tasks__SweepInterval=00:00:00", "Tasks:SweepInterval must be a time span (hh:mm:ss) more than 0 and at most 1.00:00:00; it is 00:00:00.")]
    [InlineData("Tasks__SweepInterval=soon", "Failed to convert configuration value 'soon' at 'Tasks:SweepInterval' to type 'System.TimeSpan'.")]
    [InlineData("Database__Provider=Oracle", "Database:Provider must be Sqlite or Postgres, not 'Oracle'.")]
    [InlineData("Network__TrustedProxies__0=proxy.internal", "Network:TrustedProxies must list IP addresses or networks (such as 10.0.0.0/8); 'proxy.internal' is neither.")]
    public async Task A_bad_setting_stops_the_server_with_a_line_naming_it(string settings, string message)
    {
        var outcome = await StartAsync(settings, []);

        AssertRefused(outcome, message);
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("verify-audit")]
    [InlineData("seed-demo")]
    [InlineData("create-user")]
    public async Task A_bad_setting_stops_every_admin_command_too(string command)
    {
        var outcome = await StartAsync("Security__IdentifierLookups__PerHour=0", [command]);

        AssertRefused(outcome, "Security:IdentifierLookups:PerHour must be a whole number from 1 to 1000; it is 0.");
    }

    [Fact]
    public async Task Every_bad_setting_is_named_not_only_the_first()
    {
        var outcome = await StartAsync("Security__Lockout__MaxFailedAttempts=0;Caseload__PriorityWeights__Low=1000", []);

        AssertRefused(outcome, "Security:Lockout:MaxFailedAttempts must be from 1 to 100; it is 0.");
        Assert.Contains("Caseload:PriorityWeights:Low must be a number from 0 to 100; it is 1000.", outcome.Error, StringComparison.Ordinal);
    }

    private static async Task<CasewellProcess.Outcome> StartAsync(string settings, string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("casewell-settings-").FullName;
        var environment = CasewellProcess.Settings("Sqlite", $"Data Source={Path.Combine(folder, "casewell.db")}", CasewellApp.FieldEncryptionKey);
        foreach (var setting in settings.Split(';'))
        {
            var (name, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            environment[name] = value;
        }
        try
        {
            var outcome = await CasewellProcess.RunAsync(folder, environment, arguments, Patience, Cancellation);
            Assert.False(File.Exists(Path.Combine(folder, "casewell.db")), "The database was opened before the settings were checked.");
            return outcome;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertRefused(CasewellProcess.Outcome outcome, string message)
    {
        Assert.True(outcome.ExitCode == 1, $"exit code {outcome.ExitCode}; {outcome.Error}");
        Assert.Contains(message, outcome.Error.Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", outcome.Error, StringComparison.Ordinal);
    }
}
