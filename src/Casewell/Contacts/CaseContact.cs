using Casewell.Cases;

namespace Casewell.Contacts;

/// <summary>
/// A contact made on a case: when, how, by whom, in a line. It keeps the case's required contact frequency
/// (a monthly home visit) and the caseload's "last contact" current; the full documentation of a contact
/// (narrative, DAP/SOAP, signing) belongs to notes.
/// </summary>
public sealed class CaseContact
{
    public const int MaxSummaryLength = 2000;

    private CaseContact() { }

    public CaseContact(Guid id, Guid caseId, DateTimeOffset occurredAt, ContactKind kind, StaffRef worker, string summary, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(worker);
        Id = id;
        CaseId = caseId;
        OccurredAt = occurredAt;
        Kind = kind;
        WorkerId = worker.Id;
        WorkerName = worker.Name;
        Summary = summary.Trim();
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public ContactKind Kind { get; private set; }
    public Guid WorkerId { get; private set; }
    public string WorkerName { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A call to the child's teacher is coordination, not a contact with the client.</summary>
    public bool CountsAsClientContact => Kind is not (ContactKind.Collateral or ContactKind.Court);
}
