using Casewell.Cases;
using Casewell.Common;

namespace Casewell.EmergencyAccess;

/// <summary>
/// One "break the glass" opening of one client's record by one staff member, for a limited time, with the reason they
/// gave. The grant keeps its record after it expires: the review queue and the trail answer who opened whom and why.
/// Reviewing keeps who reviewed it, when, and their note.
/// </summary>
public sealed class EmergencyGrant : IVersioned
{
    public const int MinReasonLength = 10;
    public const int MaxReasonLength = 1000;
    public const int MaxNoteLength = 2000;

    /// <summary>More at once than an emergency explains: past it, the next record waits until one expires.</summary>
    public const int MaxActivePerPerson = 3;

    private EmergencyGrant() { }

    private EmergencyGrant(Guid id, StaffRef holder, Guid clientId, string reason, DateTimeOffset openedAt, DateTimeOffset expiresAt)
    {
        Id = id;
        StaffId = holder.Id;
        StaffName = holder.Name;
        ClientId = clientId;
        Reason = reason;
        OpenedAt = openedAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public Guid StaffId { get; private set; }
    public string StaffName { get; private set; } = "";
    public Guid ClientId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ReviewedById { get; private set; }
    public string? ReviewedByName { get; private set; }
    public string? ReviewNote { get; private set; }
    public int Version { get; set; }

    public bool IsReviewed => ReviewedAt is not null;

    public bool IsActiveAt(DateTimeOffset now) => now < ExpiresAt;

    /// <summary>
    /// A new grant, or why not: the reason must say something (10 to 1000 characters of text), and a person holds at most <see cref="MaxActivePerPerson"/> active grants.
    /// </summary>
    public static Result<EmergencyGrant> Open(Guid id, StaffRef holder, Guid clientId, string? reason, int activeGrantsHeld,
        DateTimeOffset now, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var text = (reason ?? "").Trim();
        var v = new Validation();
        v.Required("Reason", text, new Message(EmergencyAccessMessages.RequiredReason));
        v.MultiLine("Reason", text, MaxReasonLength, new Message(EmergencyAccessMessages.Reason));
        if (!v.HasErrors && text.Length < MinReasonLength) v.Add("Reason", new Message(EmergencyAccessMessages.ReasonTooShort, MinReasonLength));
        if (v.HasErrors) return Result<EmergencyGrant>.Invalid(v.ToDictionary());
        if (activeGrantsHeld >= MaxActivePerPerson)
            return Result<EmergencyGrant>.Refused(new Message(EmergencyAccessMessages.TooManyActive, MaxActivePerPerson));
        return Result<EmergencyGrant>.Ok(new EmergencyGrant(id, holder, clientId, text, now, now + duration));
    }

    /// <summary>Once only, and never by the holder: a grant is reviewed by someone other than whoever opened it.</summary>
    public Result Review(StaffRef by, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        var text = (note ?? "").Trim();
        var v = new Validation();
        v.Required("Note", text, new Message(EmergencyAccessMessages.RequiredNote));
        v.MultiLine("Note", text, MaxNoteLength, new Message(EmergencyAccessMessages.Note));
        if (v.HasErrors) return v.ToResult();
        if (by.Id == StaffId) return Result.Forbidden(new Message(EmergencyAccessMessages.OwnGrant));
        if (IsReviewed) return Result.Refused(new Message(EmergencyAccessMessages.AlreadyReviewed, ReviewedByName));
        ReviewedAt = now;
        ReviewedById = by.Id;
        ReviewedByName = by.Name;
        ReviewNote = text;
        return Result.Ok();
    }
}
