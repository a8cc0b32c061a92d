using Casewell.Cases;
using Casewell.Common;

namespace Casewell.PrivacyReview;

/// <summary>What the privacy officer is asked to look at.</summary>
public enum PrivacyReviewKind
{
    /// <summary>An account was created with a role that reads client or case content.</summary>
    RoleGranted,

    /// <summary>A staff member joined a team (its cases, where the program lets the team see them).</summary>
    TeamMemberAdded,

    /// <summary>A staff member became a supervisor of a team: every case of the team.</summary>
    TeamSupervisorAdded,

    /// <summary>A program manager was given a program: every case of the program.</summary>
    ProgramManagerAdded,

    /// <summary>A staff member reached the limit on exact identifier lookups: someone may be guessing numbers.</summary>
    IdentifierLookupLimitReached,

    /// <summary>
    /// A registrar's new person matched a client restricted from them: they were told only to ask the privacy officer,
    /// who decides whether this is the same person.
    /// </summary>
    RestrictedMatchAtIntake,

    /// <summary>A staff member broke the glass: opened a client's record with no relationship to it, for a reason they gave.</summary>
    EmergencyAccessOpened,
}

/// <summary>
/// One item of the privacy officer's review queue: a permission change that opens case content to someone, or a
/// burst of identifier lookups. Raised in the same save as what it is about, so nothing it flags can land unflagged.
/// Reviewing keeps the item, with who reviewed it, when and their note.
/// </summary>
public sealed class PrivacyReviewItem : IVersioned
{
    public const int MaxSummaryLength = 500;
    public const int MaxNoteLength = 2000;

    private PrivacyReviewItem() { }

    public PrivacyReviewItem(Guid id, PrivacyReviewKind kind, Guid subjectStaffId, string summary, StaffRef raisedBy, DateTimeOffset raisedAt)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(raisedBy);
        Id = id;
        Kind = kind;
        SubjectStaffId = subjectStaffId;
        Summary = summary.Length > MaxSummaryLength ? summary[..MaxSummaryLength] : summary;
        RaisedById = raisedBy.Id;
        RaisedByName = raisedBy.Name;
        RaisedAt = raisedAt;
    }

    public Guid Id { get; private set; }
    public PrivacyReviewKind Kind { get; private set; }

    /// <summary>Whose access changed, or who made the lookups.</summary>
    public Guid SubjectStaffId { get; private set; }

    public string Summary { get; private set; } = "";
    public Guid RaisedById { get; private set; }
    public string RaisedByName { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ReviewedById { get; private set; }
    public string? ReviewedByName { get; private set; }
    public string? ReviewNote { get; private set; }
    public int Version { get; set; }

    public bool IsReviewed => ReviewedAt is not null;

    /// <summary>Once only: a second reviewer does not overwrite the first one's note.</summary>
    public bool MarkReviewed(StaffRef by, string note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (IsReviewed) return false;
        ReviewedAt = now;
        ReviewedById = by.Id;
        ReviewedByName = by.Name;
        ReviewNote = note;
        return true;
    }
}
