namespace Casewell.Web.Hosting;

/// <summary>"--name value" and "--flag" options of an admin command.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

    public static CommandOptions Parse(string[] args)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options.values[args[i]] = hasValue ? args[++i] : null;
        }
        return options;
    }

    public string? Get(string name) => values.GetValueOrDefault(name);

    public bool Has(string name) => values.ContainsKey(name);
}
