using Casewell.Consents;

namespace Casewell.Tests.Consents;

/// <summary>The one consent check, as a table: each row a consent on file, a release asked for, and the answer expected.</summary>
public sealed class ConsentCheckTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 16, 0, 0, TimeSpan.Zero);
    private const InformationCategories Medical = InformationCategories.Medical;
    private const InformationCategories CaseInfo = InformationCategories.CaseInformation;
    private const InformationCategories Sud = InformationCategories.SubstanceUseTreatment;

    private static Consent ConsentTo(string recipient, InformationCategories categories, RecipientKind kind = RecipientKind.Person,
        DateOnly? from = null, DateOnly? until = null, string? proceeding = null, DateTimeOffset? revokedAt = null)
    {
        var consent = new Consent(Guid.CreateVersion7(), Guid.Empty,
            new ConsentDetails(kind, recipient, categories, "Care coordination", from ?? Today.AddDays(-30), until, ConsentObtained.SignedInPerson, proceeding),
            Guid.Empty, Now.AddDays(-30));
        if (revokedAt is { } at) consent.Revoke(Guid.Empty, RevocationMethod.InWriting, null, at);
        return consent;
    }

    private static DisclosureQuestion Release(InformationCategories categories, string to = "Dr. Ana Ruiz", string? organization = null, string? recipientClass = null,
        string? proceeding = null, string? courtOrder = null) =>
        new(to, organization, recipientClass, categories, Now, Today, proceeding, courtOrder);

    public static TheoryData<string, Consent[], DisclosureQuestion, bool, ConsentRefusal?> Table => new()
    {
        { "no consent at all", [], Release(Medical), false, ConsentRefusal.NoConsent },
        { "a consent to this person for these categories", [ConsentTo("Dr. Ana Ruiz", Medical | CaseInfo)], Release(Medical), true, null },
        { "names compared ignoring case and spacing", [ConsentTo("dr.  ana ruiz ", Medical)], Release(Medical), true, null },
        { "expired yesterday", [ConsentTo("Dr. Ana Ruiz", Medical, until: Today.AddDays(-1))], Release(Medical), false, ConsentRefusal.Expired },
        { "last valid day is today", [ConsentTo("Dr. Ana Ruiz", Medical, until: Today)], Release(Medical), true, null },
        { "not in force before its first day", [ConsentTo("Dr. Ana Ruiz", Medical, from: Today.AddDays(1))], Release(Medical), false, ConsentRefusal.NotYetValid },
        { "revoked an hour ago", [ConsentTo("Dr. Ana Ruiz", Medical, revokedAt: Now.AddHours(-1))], Release(Medical), false, ConsentRefusal.Revoked },
        { "revoked only later than the release", [ConsentTo("Dr. Ana Ruiz", Medical, revokedAt: Now.AddHours(1))], Release(Medical), true, null },
        { "a category the consent does not name", [ConsentTo("Dr. Ana Ruiz", Medical)], Release(Medical | InformationCategories.Hiv), false, ConsentRefusal.CategoryNotCovered },
        { "another recipient", [ConsentTo("Dr. Ana Ruiz", Medical)], Release(Medical, to: "Sam Doe"), false, ConsentRefusal.RecipientNotCovered },
        { "an organization covers whoever receives for it", [ConsentTo("Eastside Clinic", Medical, RecipientKind.Organization)],
            Release(Medical, to: "Front desk", organization: "Eastside Clinic"), true, null },
        { "a class covers a recipient of that class", [ConsentTo("treating providers", Medical, RecipientKind.Class)],
            Release(Medical, to: "Dr. Lee", recipientClass: "Treating providers"), true, null },
        { "a class does not cover a person outside it", [ConsentTo("treating providers", Medical, RecipientKind.Class)],
            Release(Medical, to: "treating providers"), false, ConsentRefusal.RecipientNotCovered },
        { "Part 2 records need a consent naming them", [ConsentTo("Dr. Ana Ruiz", Medical)], Release(Sud), false, ConsentRefusal.Part2NotCovered },
        { "Part 2 records with a consent naming them", [ConsentTo("Dr. Ana Ruiz", Sud)], Release(Sud), true, null },
        { "a proceeding against the client without a named consent or order", [ConsentTo("County Court", CaseInfo)],
            Release(CaseInfo, to: "County Court", proceeding: "Dependency 2026-JV-114"), false, ConsentRefusal.ProceedingNotCovered },
        { "a proceeding the consent names", [ConsentTo("County Court", CaseInfo, proceeding: "Dependency 2026-JV-114")],
            Release(CaseInfo, to: "County Court", proceeding: "dependency 2026-jv-114"), true, null },
        { "a different proceeding than the consent names", [ConsentTo("County Court", CaseInfo, proceeding: "Dependency 2026-JV-114")],
            Release(CaseInfo, to: "County Court", proceeding: "Criminal 2026-CR-9"), false, ConsentRefusal.ProceedingNotCovered },
        { "a proceeding with a court order and no consent", [],
            Release(CaseInfo, to: "County Court", proceeding: "Criminal 2026-CR-9", courtOrder: "Order of 2026-06-01, Judge Park"), true, null },
        { "the reason is that of the consent closest to covering", [ConsentTo("Sam Doe", Medical), ConsentTo("Dr. Ana Ruiz", Medical, revokedAt: Now.AddDays(-1))],
            Release(Medical), false, ConsentRefusal.Revoked },
        { "one covering consent among refused ones", [ConsentTo("Dr. Ana Ruiz", Medical, revokedAt: Now.AddDays(-1)), ConsentTo("Dr. Ana Ruiz", Medical)],
            Release(Medical), true, null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void The_check_answers_as_the_table_says(string situation, Consent[] consents, DisclosureQuestion release, bool covered, ConsentRefusal? why)
    {
        var answer = ConsentCheck.Decide(consents, release, clientHasPart2Records: false);

        Assert.True(covered == answer.Covered, situation);
        Assert.Equal(why, answer.Refusal);
    }

    [Fact]
    public void The_answer_names_the_consent_that_covers_the_release()
    {
        var refused = ConsentTo("Dr. Ana Ruiz", Medical, until: Today.AddDays(-1));
        var covering = ConsentTo("Dr. Ana Ruiz", Medical);

        var answer = ConsentCheck.Decide([refused, covering], Release(Medical), clientHasPart2Records: false);

        Assert.Equal(covering.Id, answer.ConsentId);
        Assert.False(answer.ByCourtOrder);
    }

    [Fact]
    public void Case_records_of_a_client_with_Part_2_records_are_Part_2_and_need_a_consent_naming_them()
    {
        var general = ConsentTo("Dr. Ana Ruiz", CaseInfo | Medical);

        var refused = ConsentCheck.Decide([general], Release(CaseInfo), clientHasPart2Records: true);
        var elsewhere = ConsentCheck.Decide([general], Release(CaseInfo), clientHasPart2Records: false);

        Assert.Equal(ConsentRefusal.Part2NotCovered, refused.Refusal);
        Assert.True(refused.IsPart2);
        Assert.True(refused.Categories.HasFlag(Sud));
        Assert.True(elsewhere.Covered);
        Assert.False(elsewhere.IsPart2);
    }

    [Fact]
    public void Demographics_of_a_client_with_Part_2_records_are_not_case_records()
    {
        var answer = ConsentCheck.Decide([ConsentTo("Dr. Ana Ruiz", InformationCategories.Demographics)], Release(InformationCategories.Demographics),
            clientHasPart2Records: true);

        Assert.True(answer.Covered);
        Assert.False(answer.IsPart2);
    }

    [Fact]
    public void A_Part_2_disclosure_carries_the_notice_on_redisclosure()
    {
        var answer = ConsentCheck.Decide([ConsentTo("Dr. Ana Ruiz", Sud)], Release(Sud), clientHasPart2Records: false);

        var disclosure = new Disclosure(Guid.CreateVersion7(), Guid.Empty,
            new DisclosureDetails("Dr. Ana Ruiz", null, null, Sud, "Treatment summary", "Continuity of care", DisclosureMethod.Fax, null, null),
            answer, Guid.Empty, "Casey Worker", Now);

        Assert.True(disclosure.IsPart2);
        Assert.Equal(RedisclosureNotice.Text, disclosure.RedisclosureNotice);
        Assert.Contains("42 CFR", disclosure.RedisclosureNotice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revoked_consent_cannot_be_revoked_again()
    {
        var consent = ConsentTo("Dr. Ana Ruiz", Medical, revokedAt: Now.AddDays(-1));

        var again = consent.Revoke(Guid.Empty, RevocationMethod.Verbal, null, Now);

        Assert.Equal(Casewell.Common.ResultKind.Refused, again.Kind);
        Assert.Equal(Now.AddDays(-1), consent.RevokedAt);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, ConsentFormType.Pdf)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, ConsentFormType.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, ConsentFormType.Jpeg)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44 }, null)]
    public void A_form_is_told_by_its_first_bytes(byte[] content, ConsentFormType? expected) =>
        Assert.Equal(expected, ConsentFormTypes.Sniff(content));
}
