using Microsoft.Extensions.Options;

namespace Casewell.Web.Hosting;

/// <summary>
/// Settings are checked when Casewell starts, every one of them and before the database is touched: a bad value
/// stops the server and every admin command with a line naming the setting (exit code 1, as a wrong field key),
/// not a stack trace, nor a failure at the first request that needs it.
/// </summary>
internal static class StartupSettings
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to a configuration section, refused at start while <paramref name="problem"/>
    /// names one, and registers the bound value for the code that uses it.
    /// </summary>
    public static void AddChecked<T>(this IServiceCollection services, IConfiguration configuration, string section, Func<T, string?> problem)
        where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new Check<T>(problem));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
    }

    /// <summary>What is wrong with the settings, a line each; empty when Casewell may start.</summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        try
        {
            // The host runs these checks when it starts, but the admin commands never start it.
            services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures];
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return [.. e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures)];
        }
        catch (InvalidOperationException e) when (e.InnerException is FormatException or ArgumentException)
        {
            // A value of the wrong kind ("soon" for a time span): the binder's message names the setting and the
            // type it wanted, and the inner exception's stack trace would tell an operator nothing more.
            return [e.Message];
        }
    }

    private sealed class Check<T>(Func<T, string?> problem) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            problem(options) is { } found ? ValidateOptionsResult.Fail(found) : ValidateOptionsResult.Success;
    }
}
