using Casewell.Collaterals;

namespace Casewell.Demo;

/// <summary>The professionals around a generated client, by age: teachers for children, doctors, therapists, officers.</summary>
internal sealed class DemoCollaterals(DemoRandom random, DemoPeople people)
{
    public List<CollateralDetails> For(int age)
    {
        var contacts = new List<CollateralDetails>();
        if (age is >= 5 and <= 17 && random.Chance(0.55)) contacts.Add(Contact(CollateralRole.Teacher, random.Pick(DemoVocabulary.Schools)));
        if (age is >= 10 and <= 17 && random.Chance(0.2)) contacts.Add(Contact(CollateralRole.SchoolCounselor, random.Pick(DemoVocabulary.Schools)));
        if (random.Chance(age >= 65 ? 0.8 : 0.4)) contacts.Add(Contact(CollateralRole.PrimaryCarePhysician, random.Pick(DemoVocabulary.Clinics), "Dr."));
        if (age >= 12 && random.Chance(0.22)) contacts.Add(Contact(CollateralRole.Therapist, random.Pick(DemoVocabulary.BehavioralHealth)));
        if (age >= 18 && random.Chance(0.08)) contacts.Add(Contact(CollateralRole.Psychiatrist, random.Pick(DemoVocabulary.BehavioralHealth), "Dr."));
        if (age is >= 18 and < 65 && random.Chance(0.07)) contacts.Add(Contact(random.Chance(0.6) ? CollateralRole.ProbationOfficer : CollateralRole.ParoleOfficer, random.Pick(DemoVocabulary.Courts)));
        if (age < 18 && random.Chance(0.05)) contacts.Add(Contact(CollateralRole.GuardianAdLitem, "Harmon County CASA"));
        if (age >= 18 && random.Chance(0.04)) contacts.Add(Contact(CollateralRole.Attorney, random.Pick(DemoVocabulary.Courts)));
        if (age >= 60 && random.Chance(0.1)) contacts.Add(Contact(CollateralRole.Clergy, random.Pick(DemoVocabulary.Faith)));
        return contacts;
    }

    private CollateralDetails Contact(CollateralRole role, string organization, string? title = null)
    {
        var first = people.GivenName(random.Chance(0.6));
        var last = people.Surname();
        var name = title is null ? $"{first} {last}" : $"{title} {first} {last}";
        var domain = new string([.. organization.ToLowerInvariant().Where(char.IsAsciiLetter).Take(20)]) + ".example";
        var email = random.Chance(0.6) ? $"{first[0]}{new string([.. last.ToLowerInvariant().Where(char.IsAsciiLetter)])}@{domain}".ToLowerInvariant() : null;
        return new CollateralDetails(name, role, organization, people.Phone(), email, null);
    }
}
