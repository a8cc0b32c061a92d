using System.Globalization;

namespace Casewell.Benchmarks;

/// <summary>What to measure against: a database seeded with `seed-demo --size agency`, and the demo accounts' password.</summary>
internal sealed record BenchOptions(
    string Provider,
    string ConnectionString,
    string FieldEncryptionKey,
    string Password,
    int Warmup,
    int Iterations,
    string OutputDirectory,
    string? Only)
{
    public const string Usage = """
        usage: Casewell.Benchmarks --provider sqlite|postgres --connection CONNECTION_STRING --key FIELD_ENCRYPTION_KEY
                                   --password DEMO_PASSWORD [--warmup 30] [--iterations 300] [--out DIRECTORY]
                                   [--only TEXT]   (only the scenarios whose name contains TEXT)
        """;

    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);

    public static BenchOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i]] = args[i + 1];
        string? Get(string name) => values.TryGetValue(name, out var value) ? value : null;
        if (Get("--provider") is not { } provider || Get("--connection") is not { } connection || Get("--key") is not { } key || Get("--password") is not { } password)
            return null;
        if (provider is not ("sqlite" or "postgres")) return null;
        return new BenchOptions(provider, connection, key, password,
            int.Parse(Get("--warmup") ?? "30", CultureInfo.InvariantCulture),
            int.Parse(Get("--iterations") ?? "300", CultureInfo.InvariantCulture),
            Get("--out") ?? ".",
            Get("--only"));
    }
}
