namespace Casewell.Clients;

/// <summary>
/// A blocking key of a client (a phonetic code of a name with a birth year, a birth date, an identifier's
/// lookup hash...). Duplicate checks and typo-tolerant search look up the few clients sharing a key with the
/// query through this table's index, instead of comparing against every client.
/// </summary>
public sealed class ClientMatchKey
{
    public const int MaxKeyLength = 100;

    private ClientMatchKey() { }

    public ClientMatchKey(Guid clientId, string key)
    {
        ClientId = clientId;
        Key = key;
    }

    public Guid ClientId { get; private set; }
    public string Key { get; private set; } = "";
}
