namespace Casewell.Audit;

/// <summary>
/// A client a list entry showed (a caseload, a search), one row each, so the auditor's "who saw this person" finds
/// list reads by index. Written with its entry and covered by the entry's MAC; <see cref="OccurredAt"/> is the
/// entry's, so the row can follow the entry's monthly partition.
/// </summary>
public sealed class AuditEntryClient
{
    private AuditEntryClient() { }

    internal AuditEntryClient(AuditEntry entry, Guid clientId)
    {
        EntryId = entry.Id;
        ClientId = clientId;
        OccurredAt = entry.OccurredAt;
    }

    public Guid EntryId { get; private set; }
    public Guid ClientId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
}
