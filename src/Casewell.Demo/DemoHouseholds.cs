using Casewell.Households;

namespace Casewell.Demo;

/// <summary>A generated household: its members (all become clients), how they are related, and people outside it.</summary>
internal sealed record DemoHousehold(IReadOnlyList<DemoPerson> Members, IReadOnlyList<DemoTie> Ties, IReadOnlyList<DemoOutsider> Outsiders);

/// <summary>Member <see cref="Related"/> is member <see cref="Member"/>'s <see cref="Type"/> (recorded once, read from both sides).</summary>
internal sealed record DemoTie(int Member, RelationshipType Type, int Related);

/// <summary>Someone in a member's life who is not a client: a grandmother across town, a neighbour to call.</summary>
internal sealed record DemoOutsider(int Member, RelationshipType Type, string Name, string Phone, bool IsEmergencyContact);

/// <summary>
/// Makes the households agencies serve, in rough proportion: adults alone, parents with children, older
/// couples, an adult caring for an ageing parent, young adults on their own.
/// </summary>
internal sealed class DemoHouseholds(DemoRandom random, DemoPeople people)
{
    public DemoHousehold Next()
    {
        var roll = random.Between(1, 100);
        var household = roll switch
        {
            <= 32 => AdultAlone(),
            <= 62 => Family(),
            <= 72 => OlderCouple(),
            <= 85 => CaregiverAndParent(),
            _ => YoungAdult(),
        };
        return household with { Outsiders = Outsiders(household.Members) };
    }

    private DemoHousehold AdultAlone()
    {
        var female = random.Chance(0.5);
        return Single(people.Person(people.Surname(), female, 26, 64, people.Address(), people.Language()));
    }

    private DemoHousehold YoungAdult() =>
        Single(people.Person(people.Surname(), random.Chance(0.45), 18, 25, people.Address(), people.Language()));

    private static DemoHousehold Single(DemoPerson person) => new([person], [], []);

    private DemoHousehold Family()
    {
        var home = people.Address();
        var language = people.Language();
        var surname = people.Surname();
        var members = new List<DemoPerson> { people.Person(surname, random.Chance(0.8), 20, 50, home, language) };
        var ties = new List<DemoTie>();
        if (random.Chance(0.45))
        {
            var partner = people.Person(people.Surname(), !members[0].IsFemale, 20, 55, home, language);
            if (partner.IsFemale && random.Chance(0.5)) partner = DemoPeople.WithMaidenName(partner, surname);
            members.Add(partner);
            ties.Add(new DemoTie(0, RelationshipType.SpouseOrPartner, 1));
        }
        var parents = members.Count;
        var children = random.Between(1, 4);
        for (var c = 0; c < children; c++)
        {
            var child = members.Count;
            members.Add(people.Person(surname, random.Chance(0.5), 0, 17, home, language));
            for (var p = 0; p < parents; p++)
                ties.Add(new DemoTie(child, p == 0 || random.Chance(0.7) ? RelationshipType.Parent : RelationshipType.StepParent, p));
            for (var s = parents; s < child; s++) ties.Add(new DemoTie(child, RelationshipType.Sibling, s));
        }
        return new DemoHousehold(members, ties, []);
    }

    private DemoHousehold OlderCouple()
    {
        var home = people.Address();
        var language = people.Language();
        var surname = people.Surname();
        var first = people.Person(surname, random.Chance(0.5), 65, 95, home, language);
        var second = DemoPeople.WithMaidenName(people.Person(people.Surname(), !first.IsFemale, 62, 95, home, language), surname);
        if (!second.IsFemale) second = second with { Aliases = [] };
        return new DemoHousehold([first, second], [new DemoTie(0, RelationshipType.SpouseOrPartner, 1)], []);
    }

    private DemoHousehold CaregiverAndParent()
    {
        var home = people.Address();
        var language = people.Language();
        var surname = people.Surname();
        var parent = people.Person(surname, random.Chance(0.7), 70, 98, home, language);
        var caregiver = people.Person(surname, random.Chance(0.6), 40, 68, home, language);
        return new DemoHousehold([parent, caregiver], [new DemoTie(0, RelationshipType.Child, 1)], []);
    }

    private List<DemoOutsider> Outsiders(IReadOnlyList<DemoPerson> members)
    {
        var outsiders = new List<DemoOutsider>();
        if (!random.Chance(0.35)) return outsiders;
        var member = random.Between(0, members.Count - 1);
        var (type, surname) = random.Between(1, 4) switch
        {
            1 => (RelationshipType.Grandparent, members[member].LastName),
            2 => (RelationshipType.AuntOrUncle, people.Surname()),
            3 => (RelationshipType.Friend, people.Surname()),
            _ => (RelationshipType.Neighbor, people.Surname()),
        };
        var name = $"{people.GivenName(random.Chance(0.6))} {surname}";
        outsiders.Add(new DemoOutsider(member, type, name, people.Phone(), IsEmergencyContact: random.Chance(0.7)));
        return outsiders;
    }
}
