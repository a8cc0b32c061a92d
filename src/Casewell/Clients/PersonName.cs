namespace Casewell.Clients;

/// <summary>A name as written on documents. Stored as typed; matching normalizes its own copy.</summary>
public sealed record PersonName(string First, string? Middle, string Last)
{
    public const int MaxPartLength = 100;

    public string Full => string.IsNullOrWhiteSpace(Middle) ? $"{First} {Last}" : $"{First} {Middle} {Last}";
}
