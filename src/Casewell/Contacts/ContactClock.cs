using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Contacts;

/// <summary>
/// What a contact does to its case, whoever records it (a contact recorded in a line, or a signed note of a contact):
/// when it may have happened, and, where it is with the client, the case type's contact clock restarted and the case's
/// open required-contact tasks fulfilled. In one place, so that a note and a recorded contact count alike.
/// </summary>
internal static class ContactClock
{
    /// <summary>Why a contact at this time cannot be on this case (before its referral, after its closing), or null.</summary>
    public static Result? Refusal(Case @case, DateTimeOffset occurredAt, AgencyCalendar calendar, string field)
    {
        if (calendar.DateOf(occurredAt) < calendar.DateOf(@case.ReferredAt))
            return Result.Invalid(field, new Message(CaseMessages.ContactBeforeReferral));
        if (@case.ClosedAt is { } closedAt && occurredAt > closedAt)
            return Result.Refused(new Message(CaseMessages.ContactAfterClosing));
        return null;
    }

    /// <summary>Adds the contact to the case (tracked, to be saved by the caller); the number of tasks it fulfilled.</summary>
    public static async Task<int> CountAsync(CasewellDbContext db, Case @case, CaseContact contact, AgencyCalendar calendar, CancellationToken ct)
    {
        db.CaseContacts.Add(contact);
        IReadOnlyList<CaseTask> due = [];
        int? frequency = null;
        if (contact.CountsAsClientContact)
        {
            frequency = await db.CaseTypes.Where(t => t.Id == @case.CaseTypeId).Select(t => t.ContactFrequencyDays).SingleAsync(ct);
            due = await db.Tasks.Where(t => t.CaseId == @case.Id && t.Status == CaseTaskStatus.Open && t.Kind == CaseTaskKind.RequiredContact).ToListAsync(ct);
        }
        return @case.RecordContact(contact, frequency, calendar.DateOf(contact.OccurredAt), due);
    }
}
