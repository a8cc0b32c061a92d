namespace Casewell.Restrictions;

/// <summary>What a restriction is on: a client (and so every case of theirs), or one case.</summary>
public enum RestrictedRecordKind
{
    Client,
    Case,
}
