namespace Casewell.Clients;

/// <summary>
/// A government or payer identifier. The value is stored encrypted; the last four characters stay readable
/// for the masked display workers use to confirm identity, and a keyed hash lets intake find an exact match
/// without decrypting every record.
/// </summary>
public sealed class ClientIdentifier
{
    public const int MaxValueLength = 50;

    private ClientIdentifier() { }

    public ClientIdentifier(Guid id, IdentifierKind kind, string encryptedValue, string lastFour, string lookupHash)
    {
        Id = id;
        Kind = kind;
        EncryptedValue = encryptedValue;
        LastFour = lastFour;
        LookupHash = lookupHash;
    }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public IdentifierKind Kind { get; private set; }
    public string EncryptedValue { get; private set; } = "";
    public string LastFour { get; private set; } = "";
    public string LookupHash { get; private set; } = "";

    public string Masked => Kind == IdentifierKind.SocialSecurityNumber ? $"***-**-{LastFour}" : $"****{LastFour}";
}
