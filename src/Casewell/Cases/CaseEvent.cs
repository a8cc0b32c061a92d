using Casewell.Common;
namespace Casewell.Cases;

/// <summary>
/// One entry on a case's timeline, written in the same save as the change it records. It keeps facts, not
/// sentences (who, what kind, from and to, why), so the timeline can be shown in the reader's language.
/// </summary>
public sealed class CaseEvent
{
    public const int MaxSubjectLength = 200;
    public const int MaxValueLength = 100;
    public const int MaxReasonLength = 2000;

    /// <summary>A date as entries carry it in From and To (ISO 8601), for the timeline to show in the reader's form.</summary>
    public static string DateValue(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private CaseEvent() { }

    public CaseEvent(Guid id, Guid caseId, DateTimeOffset occurredAt, StaffRef actor, CaseEventKind kind, int caseVersion,
        string? subject = null, string? from = null, string? to = null, string? reason = null, Guid? relatedId = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Id = id;
        CaseId = caseId;
        OccurredAt = occurredAt;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Kind = kind;
        CaseVersion = caseVersion;
        Subject = subject;
        From = from;
        To = to;
        Reason = TextRules.OrNull(reason);
        RelatedId = relatedId;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public CaseEventKind Kind { get; private set; }

    /// <summary>The case's version after this change: a writer who lost a race is shown the entries after theirs.</summary>
    public int CaseVersion { get; private set; }

    /// <summary>What the entry is about: a worker's name, a task's title.</summary>
    public string? Subject { get; private set; }
    public string? From { get; private set; }
    public string? To { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>The task, contact or (later) note the entry points to.</summary>
    public Guid? RelatedId { get; private set; }
}
