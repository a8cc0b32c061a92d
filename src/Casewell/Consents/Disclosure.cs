namespace Casewell.Consents;

/// <summary>
/// One release of information about a client outside the agency: what, to whom, why, how, by whom, when, and on
/// what authority (a consent or a court order). The accounting of disclosures lists these; they are never changed.
/// </summary>
public sealed class Disclosure
{
    public const int MaxRecipientLength = 200;
    public const int MaxPurposeLength = 1000;
    public const int MaxDescriptionLength = 2000;
    public const int MaxCourtOrderLength = 300;

    private Disclosure() { }

    public Disclosure(Guid id, Guid clientId, DisclosureDetails details, ConsentAnswer authority, Guid disclosedBy, string disclosedByName,
        DateTimeOffset disclosedAt)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(authority);
        if (!authority.Covered) throw new ArgumentException("A disclosure is recorded only with the authority that covers it.", nameof(authority));
        Id = id;
        ClientId = clientId;
        RecipientName = details.RecipientName.Trim();
        RecipientOrganization = Common.TextRules.OrNull(details.RecipientOrganization);
        RecipientClass = Common.TextRules.OrNull(details.RecipientClass);
        Categories = authority.Categories;
        Description = details.Description.Trim();
        Purpose = details.Purpose.Trim();
        Method = details.Method;
        Proceeding = Common.TextRules.OrNull(details.Proceeding);
        ConsentId = authority.ConsentId;
        CourtOrder = authority.ByCourtOrder ? Common.TextRules.OrNull(details.CourtOrder) : null;
        IsPart2 = authority.IsPart2;
        RedisclosureNotice = authority.IsPart2 ? Consents.RedisclosureNotice.Text : null;
        DisclosedBy = disclosedBy;
        DisclosedByName = disclosedByName;
        DisclosedAt = disclosedAt;
    }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public string RecipientName { get; private set; } = "";
    public string? RecipientOrganization { get; private set; }
    public string? RecipientClass { get; private set; }

    /// <summary>What was released, Part 2 included where the client's case records made it so.</summary>
    public InformationCategories Categories { get; private set; }
    public string Description { get; private set; } = "";
    public string Purpose { get; private set; } = "";
    public DisclosureMethod Method { get; private set; }
    public string? Proceeding { get; private set; }
    public Guid? ConsentId { get; private set; }
    public string? CourtOrder { get; private set; }
    public bool IsPart2 { get; private set; }

    /// <summary>The notice 42 CFR 2.32 requires with every Part 2 disclosure, as it went out: the record and its printout carry it.</summary>
    public string? RedisclosureNotice { get; private set; }
    public Guid DisclosedBy { get; private set; }

    /// <summary>The discloser's name as it was: the accounting names them even after their account is renamed.</summary>
    public string DisclosedByName { get; private set; } = "";
    public DateTimeOffset DisclosedAt { get; private set; }
}

/// <summary>
/// What a worker releases: the recipient (a person, with their organization and the class they belong to where it
/// matters), the categories, what exactly went out, why and how; for a proceeding against the client, which one,
/// and the court order if one compels it.
/// </summary>
public sealed record DisclosureDetails(string RecipientName, string? RecipientOrganization, string? RecipientClass, InformationCategories Categories,
    string Description, string Purpose, DisclosureMethod Method, string? Proceeding, string? CourtOrder);
