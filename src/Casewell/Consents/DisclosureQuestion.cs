namespace Casewell.Consents;

/// <summary>
/// What the consent check is asked: may these categories go to this recipient, at this instant (on this agency
/// day), for a proceeding against the client or not, with a court order or not.
/// </summary>
public sealed record DisclosureQuestion(string RecipientName, string? RecipientOrganization, string? RecipientClass, InformationCategories Categories,
    DateTimeOffset At, DateOnly OnDay, string? Proceeding, string? CourtOrder)
{
    public bool ForProceedingAgainstClient => !Common.TextRules.IsBlank(Proceeding);
    public bool HasCourtOrder => !Common.TextRules.IsBlank(CourtOrder);
}
