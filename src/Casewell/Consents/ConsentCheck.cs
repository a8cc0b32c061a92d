namespace Casewell.Consents;

/// <summary>
/// The one place that decides whether a release of information is authorized. Everything that leaves the agency
/// (a recorded disclosure now; referrals, exports and court reports later) asks here. Pure: the caller loads the
/// client's consents and whether the client has Part 2 records.
/// </summary>
public static class ConsentCheck
{
    // How far a consent got before it failed, so that the reason given is that of the consent closest to covering the
    // release: "revoked" for the consent that names this recipient and these categories, not "recipient not covered"
    // because of some other consent to someone else.
    private enum Stage
    {
        Recipient,
        Categories,
        Part2,
        Proceeding,
        Revocation,
        Period,
        Covers,
    }

    public static ConsentAnswer Decide(IEnumerable<Consent> consents, DisclosureQuestion question, bool clientHasPart2Records)
    {
        ArgumentNullException.ThrowIfNull(consents);
        ArgumentNullException.ThrowIfNull(question);
        var categories = question.Categories;
        if (clientHasPart2Records && (categories & InformationCategorySet.FromCases) != 0) categories |= InformationCategories.SubstanceUseTreatment;
        var isPart2 = categories.HasFlag(InformationCategories.SubstanceUseTreatment);

        // A court order compels the release on its own authority; the worker records which order it is. For a
        // proceeding against the client it is one of the two authorities the rule accepts.
        if (question.HasCourtOrder) return ConsentAnswer.ByOrder(categories, isPart2);

        (Stage Stage, ConsentRefusal? Why, Consent? Consent) best = (Stage.Recipient, null, null);
        foreach (var consent in consents.OrderByDescending(c => c.RecordedAt))
        {
            var (stage, why) = Evaluate(consent, question, categories);
            if (stage == Stage.Covers) return ConsentAnswer.ByConsent(consent.Id, categories, isPart2);
            if (best.Consent is null || stage > best.Stage) best = (stage, why, consent);
        }
        return ConsentAnswer.Refused(best.Why ?? ConsentRefusal.NoConsent, categories, isPart2);
    }

    private static (Stage, ConsentRefusal?) Evaluate(Consent consent, DisclosureQuestion question, InformationCategories categories)
    {
        if (!NamesRecipient(consent, question)) return (Stage.Recipient, ConsentRefusal.RecipientNotCovered);
        var ordinary = categories & ~InformationCategories.SubstanceUseTreatment;
        if ((consent.Categories & ordinary) != ordinary) return (Stage.Categories, ConsentRefusal.CategoryNotCovered);
        // Part 2 asks for a consent that names substance use treatment records itself (42 CFR 2.31); a general
        // release of "medical records" or "case information" does not cover them.
        if (categories.HasFlag(InformationCategories.SubstanceUseTreatment) && !consent.Categories.HasFlag(InformationCategories.SubstanceUseTreatment))
            return (Stage.Part2, ConsentRefusal.Part2NotCovered);
        if (question.ForProceedingAgainstClient && !Same(consent.Proceeding, question.Proceeding))
            return (Stage.Proceeding, ConsentRefusal.ProceedingNotCovered);
        if (consent.RevokedAt is { } revoked && revoked <= question.At) return (Stage.Revocation, ConsentRefusal.Revoked);
        if (question.OnDay < consent.ValidFrom) return (Stage.Period, ConsentRefusal.NotYetValid);
        if (consent.ValidUntil is { } until && question.OnDay > until) return (Stage.Period, ConsentRefusal.Expired);
        return (Stage.Covers, null);
    }

    private static bool NamesRecipient(Consent consent, DisclosureQuestion question) => consent.RecipientKind switch
    {
        RecipientKind.Person => Same(consent.Recipient, question.RecipientName),
        // A consent to an organization covers the organization itself and the people who receive for it.
        RecipientKind.Organization => Same(consent.Recipient, question.RecipientOrganization) || Same(consent.Recipient, question.RecipientName),
        RecipientKind.Class => Same(consent.Recipient, question.RecipientClass),
        _ => false,
    };

    /// <summary>Names compared as people write them: case, surrounding and repeated spaces do not matter.</summary>
    internal static bool Same(string? a, string? b) =>
        Normal(a) is { Length: > 0 } x && string.Equals(x, Normal(b), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string? value) =>
        value is null ? "" : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
