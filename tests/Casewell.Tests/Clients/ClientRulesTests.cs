using Casewell.Clients;
using Casewell.Common;

namespace Casewell.Tests.Clients;

public class ClientRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static ClientDetails Details(string first = "Maria", string last = "Lopez", DateOnly? birth = null,
        BirthDatePrecision precision = BirthDatePrecision.Exact, string? email = null, string? phone = null) => new()
        {
            LegalName = new PersonName(first, null, last),
            BirthDate = birth,
            BirthDatePrecision = precision,
            Email = email,
            Phone = phone,
        };

    private static Validation Check(ClientDetails d)
    {
        var v = new Validation();
        ClientRules.CheckDetails(v, d, Today);
        return v;
    }

    [Fact]
    public void A_plain_client_with_names_only_is_acceptable() => Assert.False(Check(Details()).HasErrors);

    [Fact]
    public void Missing_names_are_reported_at_their_fields()
    {
        var errors = Check(Details(first: " ", last: "")).ToDictionary();
        Assert.Contains("LegalName.First", errors.Keys);
        Assert.Contains("LegalName.Last", errors.Keys);
    }

    [Fact]
    public void A_birth_date_in_the_future_or_before_1900_is_refused()
    {
        Assert.Contains("BirthDate", Check(Details(birth: Today.AddDays(1))).ToDictionary().Keys);
        Assert.Contains("BirthDate", Check(Details(birth: new DateOnly(1899, 12, 31))).ToDictionary().Keys);
        Assert.False(Check(Details(birth: Today)).HasErrors);
    }

    [Fact]
    public void An_approximate_birth_date_needs_a_date() =>
        Assert.Contains("BirthDate", Check(Details(precision: BirthDatePrecision.Approximate)).ToDictionary().Keys);

    [Fact]
    public void Over_long_names_and_malformed_contact_details_are_refused()
    {
        var errors = Check(Details(first: new string('a', 101), email: "not-an-email", phone: "call me maybe")).ToDictionary();
        Assert.Contains("LegalName.First", errors.Keys);
        Assert.Contains("Email", errors.Keys);
        Assert.Contains("Phone", errors.Keys);
    }

    [Theory]
    [InlineData("123-45-6789", true)]
    [InlineData("123456789", true)]
    [InlineData("000-12-3456", false)]
    [InlineData("666-12-3456", false)]
    [InlineData("912-34-5678", false)]
    [InlineData("123-00-4567", false)]
    [InlineData("123-45-0000", false)]
    [InlineData("12345678", false)]
    [InlineData("12a456789", false)]
    public void Social_Security_numbers_follow_the_SSA_issuing_rules(string value, bool valid)
    {
        var v = new Validation();
        ClientRules.CheckIdentifiers(v, [new IdentifierInput(IdentifierKind.SocialSecurityNumber, value)]);
        Assert.Equal(valid, !v.HasErrors);
    }

    [Fact]
    public void Identifiers_are_normalized_before_they_are_hashed()
    {
        Assert.Equal("123456789", ClientRules.Normalize(IdentifierKind.SocialSecurityNumber, "123-45 6789"));
        Assert.Equal("AB12345C", ClientRules.Normalize(IdentifierKind.Medicaid, "ab-12345 c"));
    }
}
