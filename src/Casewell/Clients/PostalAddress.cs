namespace Casewell.Clients;

public sealed record PostalAddress(string? Line1, string? Line2, string? City, string? State, string? PostalCode)
{
    public const int MaxLineLength = 200;
    public const int MaxCityLength = 100;
    public const int MaxStateLength = 50;
    public const int MaxPostalCodeLength = 20;

    public string OneLine => string.Join(", ", new[] { Line1, Line2, City, string.Join(' ', new[] { State, PostalCode }.Where(p => !string.IsNullOrWhiteSpace(p))) }
        .Where(p => !string.IsNullOrWhiteSpace(p)));
}
