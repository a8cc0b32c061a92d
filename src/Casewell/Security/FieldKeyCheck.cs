namespace Casewell.Security;

/// <summary>
/// The one row that says which field encryption key this database's identifiers are written with: the key's id
/// (<see cref="FieldProtection.KeyId"/>), never the key. Written on the first start; every later start compares.
/// </summary>
public sealed class FieldKeyCheck
{
    public const int TheRow = 1;
    public const int KeyIdLength = 64;

    private FieldKeyCheck() { }

    public FieldKeyCheck(string keyId, DateTimeOffset recordedAt)
    {
        KeyId = keyId;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; } = TheRow;
    public string KeyId { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
}
