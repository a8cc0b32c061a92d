using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Contacts;

/// <summary>
/// Records a contact made on a case: when (not in the future, not before the referral), how, and what in a few
/// lines. A contact with the client restarts the case type's contact clock and fulfils the case's open
/// required-contact tasks; a call to a teacher or a court date does neither. Like every change to a case, it names the
/// version of the case the worker saw: a contact recorded meanwhile by someone else (which may have completed the task
/// they were about to fulfil) is reported, not silently added to.
/// </summary>
public sealed record RecordContact(Guid CaseId, int? ExpectedVersion, DateTimeOffset? OccurredAt, ContactKind? Kind, string? Summary);

public sealed record RecordedContact(Guid ContactId, int TasksCompleted);

public sealed class RecordContactHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock, AgencyCalendar calendar)
{
    /// <summary>A device clock a little ahead of the server's is not a contact in the future.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(2);

    public async Task<Result<RecordedContact>> Handle(RecordContact request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        v.Required("Summary", request.Summary, new Message(CaseMessages.RequiredContactSummary));
        v.MultiLine("Summary", request.Summary, CaseContact.MaxSummaryLength, new Message(CaseMessages.ContactSummary));
        if (request.Kind is not { } kind || !Enum.IsDefined(kind)) v.Add("Kind", new Message(CaseMessages.ChooseContactKind));
        if (request.OccurredAt is null) v.Add("OccurredAt", new Message(CaseMessages.RequiredContactTime));
        else if (request.OccurredAt > clock.GetUtcNow() + ClockTolerance) v.Add("OccurredAt", new Message(CaseMessages.ContactInFuture));
        if (v.HasErrors) return Result<RecordedContact>.Invalid(v.ToDictionary());

        return await RecordAsync(request, request.OccurredAt!.Value.ToUniversalTime(), ct);
    }

    private async Task<Result<RecordedContact>> RecordAsync(RecordContact request, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var (@case, failure) = await CaseChange.LoadAsync(db, access, request.CaseId, request.ExpectedVersion, ct);
        if (@case is null) return Result<RecordedContact>.From(failure!);
        if (ContactClock.Refusal(@case, occurredAt, calendar, "OccurredAt") is { } refused) return Result<RecordedContact>.From(refused);

        var now = clock.GetUtcNow();
        var contact = new CaseContact(Ids.New(clock), @case.Id, occurredAt, request.Kind!.Value, access.Actor, request.Summary!, now);
        var versionLoaded = @case.Version;
        var completed = await ContactClock.CountAsync(db, @case, contact, calendar, ct);
        var saved = await CaseChange.SaveAsync(db, @case, versionLoaded, ct);
        return saved.Failed ? Result<RecordedContact>.From(saved) : Result<RecordedContact>.Ok(new RecordedContact(contact.Id, completed));
    }
}
