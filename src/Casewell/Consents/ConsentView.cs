namespace Casewell.Consents;

/// <summary>A consent as the API and the pages show it: its categories as a list of names.</summary>
public sealed record ConsentView(Guid Id, RecipientKind RecipientKind, string Recipient, IReadOnlyList<InformationCategories> Categories, string Purpose,
    DateOnly ValidFrom, DateOnly? ValidUntil, ConsentObtained Obtained, string? Proceeding, Guid RecordedBy, DateTimeOffset RecordedAt, bool HasForm,
    DateTimeOffset? RevokedAt, Guid? RevokedBy, RevocationMethod? RevokedHow, string? RevocationNote)
{
    public static ConsentView Of(Consent c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.RecipientKind, c.Recipient, [.. InformationCategorySet.Each(c.Categories)], c.Purpose, c.ValidFrom, c.ValidUntil, c.Obtained,
            c.Proceeding, c.RecordedBy, c.RecordedAt, c.HasForm, c.RevokedAt, c.RevokedBy, c.RevokedHow, c.RevocationNote);
    }
}
