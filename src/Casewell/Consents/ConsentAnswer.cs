namespace Casewell.Consents;

/// <summary>
/// The consent check's answer: covered (by a consent, or by a court order) or refused with the reason. In both
/// cases, the categories the release would really carry and whether it is a Part 2 disclosure.
/// </summary>
public sealed record ConsentAnswer(bool Covered, Guid? ConsentId, bool ByCourtOrder, ConsentRefusal? Refusal, InformationCategories Categories, bool IsPart2)
{
    public static ConsentAnswer ByConsent(Guid consentId, InformationCategories categories, bool isPart2) =>
        new(true, consentId, false, null, categories, isPart2);

    public static ConsentAnswer ByOrder(InformationCategories categories, bool isPart2) => new(true, null, true, null, categories, isPart2);

    public static ConsentAnswer Refused(ConsentRefusal why, InformationCategories categories, bool isPart2) => new(false, null, false, why, categories, isPart2);
}
