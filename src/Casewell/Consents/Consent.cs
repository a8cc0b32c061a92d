using Casewell.Common;

namespace Casewell.Consents;

/// <summary>
/// A client's authorization to share information about them: with whom, what, why, and for how long. Revoking it
/// ends it from then on; it is never deleted, since the disclosures made under it still rest on it.
/// </summary>
public sealed class Consent : IVersioned
{
    public const int MaxRecipientLength = 200;
    public const int MaxPurposeLength = 1000;
    public const int MaxProceedingLength = 300;
    public const int MaxRevocationNoteLength = 1000;

    private Consent() { }

    public Consent(Guid id, Guid clientId, ConsentDetails details, Guid recordedBy, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(details);
        Id = id;
        ClientId = clientId;
        RecipientKind = details.RecipientKind;
        Recipient = details.Recipient.Trim();
        Categories = details.Categories;
        Purpose = details.Purpose.Trim();
        ValidFrom = details.ValidFrom;
        ValidUntil = details.ValidUntil;
        Obtained = details.Obtained;
        Proceeding = TextRules.OrNull(details.Proceeding);
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public RecipientKind RecipientKind { get; private set; }

    /// <summary>The person's name, the organization's name, or the class of recipients, as the form says it.</summary>
    public string Recipient { get; private set; } = "";
    public InformationCategories Categories { get; private set; }
    public string Purpose { get; private set; } = "";

    /// <summary>The first and last days (at the agency) the consent is in force; no last day when the form gives none.</summary>
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public ConsentObtained Obtained { get; private set; }

    /// <summary>
    /// The proceeding against the client the consent names (court and case number, as the form says): only such a
    /// consent, or a court order, authorizes a release for that proceeding.
    /// </summary>
    public string? Proceeding { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public bool HasForm { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }
    public Guid? RevokedBy { get; private set; }
    public RevocationMethod? RevokedHow { get; private set; }
    public string? RevocationNote { get; private set; }
    public int Version { get; set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Ends the consent from <paramref name="now"/> on. A revocation is itself a record: it is not undone or repeated.</summary>
    public Result Revoke(Guid by, RevocationMethod how, string? note, DateTimeOffset now)
    {
        if (IsRevoked) return Result.Refused(new Message(ConsentMessages.AlreadyRevoked));
        RevokedAt = now;
        RevokedBy = by;
        RevokedHow = how;
        RevocationNote = TextRules.OrNull(note);
        return Result.Ok();
    }

    /// <summary>The signed form is evidence of the consent: once attached it is not replaced.</summary>
    public Result AttachForm()
    {
        if (HasForm) return Result.Refused(new Message(ConsentMessages.FormAlreadyAttached));
        HasForm = true;
        return Result.Ok();
    }
}

public sealed record ConsentDetails(RecipientKind RecipientKind, string Recipient, InformationCategories Categories, string Purpose,
    DateOnly ValidFrom, DateOnly? ValidUntil, ConsentObtained Obtained, string? Proceeding);
