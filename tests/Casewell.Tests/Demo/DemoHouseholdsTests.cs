using Casewell.Clients;
using Casewell.Common;
using Casewell.Demo;
using Casewell.Households;

namespace Casewell.Tests.Demo;

public class DemoHouseholdsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static List<DemoHousehold> Generate(int seed, int count)
    {
        var random = new DemoRandom(seed);
        var households = new DemoHouseholds(random, new DemoPeople(random, Today));
        return [.. Enumerable.Range(0, count).Select(_ => households.Next())];
    }

    [Fact]
    public void Every_generated_person_passes_the_rules_intake_applies()
    {
        var people = Generate(seed: 7, count: 3_000).SelectMany(h => h.Members).ToList();

        foreach (var person in people)
        {
            var v = new Validation();
            ClientRules.CheckDetails(v, person.Details, Today);
            ClientRules.CheckAliases(v, person.Aliases);
            ClientRules.CheckIdentifiers(v, person.Identifiers);
            Assert.False(v.HasErrors, $"{person.Details.LegalName.Full}: {string.Join("; ", v.ToDictionary().SelectMany(e => e.Value))}");
        }
    }

    [Fact]
    public void The_same_seed_makes_the_same_people_and_another_seed_other_people()
    {
        static List<string> Names(int seed) => [.. Generate(seed, 200).SelectMany(h => h.Members).Select(p => $"{p.Details.LegalName.Full} {p.Details.BirthDate}")];

        Assert.Equal(Names(1), Names(1));
        Assert.NotEqual(Names(1), Names(2));
    }

    [Fact]
    public void No_two_people_share_a_social_security_number()
    {
        var numbers = Generate(seed: 3, count: 5_000)
            .SelectMany(h => h.Members)
            .SelectMany(p => p.Identifiers)
            .Where(i => i.Kind == IdentifierKind.SocialSecurityNumber)
            .Select(i => i.Value)
            .ToList();

        Assert.True(numbers.Count > 5_000, $"only {numbers.Count} numbers were made");
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Ties_join_two_different_members_and_parents_are_older_than_their_children()
    {
        var households = Generate(seed: 11, count: 2_000);

        foreach (var household in households)
        {
            foreach (var tie in household.Ties)
            {
                Assert.NotEqual(tie.Member, tie.Related);
                Assert.InRange(tie.Member, 0, household.Members.Count - 1);
                Assert.InRange(tie.Related, 0, household.Members.Count - 1);
                if (tie.Type is RelationshipType.Parent or RelationshipType.StepParent)
                {
                    Assert.True(household.Members[tie.Related].Details.BirthDate < household.Members[tie.Member].Details.BirthDate);
                }
            }
            Assert.All(household.Outsiders, o => Assert.InRange(o.Member, 0, household.Members.Count - 1));
        }
        Assert.Contains(households, h => h.Members.Count >= 3);
        Assert.Contains(households, h => h.Members.Count == 1);
        Assert.Contains(households, h => h.Outsiders.Count > 0);
    }

    [Fact]
    public void Married_names_keep_the_birth_surname_as_a_maiden_name()
    {
        var withMaidenNames = Generate(seed: 5, count: 2_000)
            .SelectMany(h => h.Members)
            .Where(p => p.Aliases.Any(a => a.Kind == AliasKind.MaidenName))
            .ToList();

        Assert.NotEmpty(withMaidenNames);
        Assert.All(withMaidenNames, p => Assert.NotEqual(p.LastName, p.Aliases.Single(a => a.Kind == AliasKind.MaidenName).Last));
    }
}
