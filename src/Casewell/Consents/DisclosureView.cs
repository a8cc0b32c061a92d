namespace Casewell.Consents;

/// <summary>One line of the accounting of disclosures: when, to whom, what, why, how, on what authority, by whom.</summary>
public sealed record DisclosureView(Guid Id, DateTimeOffset DisclosedAt, string RecipientName, string? RecipientOrganization, string? RecipientClass,
    IReadOnlyList<InformationCategories> Categories, string Description, string Purpose, DisclosureMethod Method, string? Proceeding,
    DisclosureAuthority Authority, Guid? ConsentId, string? CourtOrder, bool IsPart2, string? RedisclosureNotice, Guid DisclosedBy, string DisclosedByName)
{
    public static DisclosureView Of(Disclosure d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.DisclosedAt, d.RecipientName, d.RecipientOrganization, d.RecipientClass, [.. InformationCategorySet.Each(d.Categories)],
            d.Description, d.Purpose, d.Method, d.Proceeding, d.ConsentId is null ? DisclosureAuthority.CourtOrder : DisclosureAuthority.Consent,
            d.ConsentId, d.CourtOrder, d.IsPart2, d.RedisclosureNotice, d.DisclosedBy, d.DisclosedByName);
    }
}
