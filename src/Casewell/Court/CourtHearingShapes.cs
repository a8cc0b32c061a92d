using System.Linq.Expressions;

namespace Casewell.Court;

/// <summary>The one projection of a hearing to its view, for the hearing's page and the case's list alike.</summary>
internal static class CourtHearingShapes
{
    public static readonly Expression<Func<CourtHearing, CourtHearingView>> View = h => new CourtHearingView(
        h.Id, h.CaseId, h.StartsAt, h.Type, h.Court, h.Judge, h.Status,
        h.Parties.OrderBy(p => p.Position).Select(p => new CourtHearingPartyView(p.Name, p.Role)).ToList(),
        h.ContinuedFrom, h.ContinuanceCount, h.Reason, h.Outcome, h.OutcomeRecordedAt, h.OutcomeRecordedByName,
        h.PreviousHearingId, h.NextHearingId, h.PreparationTaskId, h.ScheduledByName, h.ScheduledAt, h.Version);
}
