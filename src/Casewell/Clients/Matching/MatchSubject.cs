namespace Casewell.Clients.Matching;

/// <summary>
/// A person as duplicate matching compares them: either a client on file or the person an intake worker is
/// about to register.
/// </summary>
public sealed record MatchSubject(
    PersonName Name,
    IReadOnlyList<PersonName> OtherNames,
    string? PreferredName,
    DateOnly? BirthDate,
    BirthDatePrecision BirthDatePrecision,
    IReadOnlyList<IdentifierHash> Identifiers)
{
    public static MatchSubject FromClient(Client client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var otherNames = new PersonName[client.Aliases.Count];
        for (var i = 0; i < otherNames.Length; i++) otherNames[i] = client.Aliases[i].Name;
        var identifiers = new IdentifierHash[client.Identifiers.Count];
        for (var i = 0; i < identifiers.Length; i++)
        {
            identifiers[i] = new IdentifierHash(client.Identifiers[i].Kind, client.Identifiers[i].LookupHash);
        }
        return new MatchSubject(client.LegalName, otherNames, client.PreferredName, client.BirthDate, client.BirthDatePrecision, identifiers);
    }
}
