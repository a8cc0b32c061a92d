using Casewell.Cases;
using Casewell.Contacts;
using Casewell.Tasks;

namespace Casewell.Demo;

/// <summary>Whom a practice serves, which decides which generated clients its cases are for.</summary>
internal enum DemoClientele
{
    /// <summary>Households with children: the case is the family's, under the parent, with the others as members.</summary>
    Families,

    /// <summary>Families mostly, and some adults on their own.</summary>
    FamiliesOrAdults,

    /// <summary>Adults of working age, one person per case.</summary>
    Adults,

    /// <summary>Mostly older adults, some younger adults with a disability.</summary>
    VulnerableAdults,

    /// <summary>Adults leaving hospital, older ones more often.</summary>
    Patients,

    /// <summary>People over sixty, sometimes with their spouse on the case.</summary>
    OlderAdults,
}

/// <summary>
/// One practice setting of the demo agency: its program, the case type its cases are opened with, whom it
/// serves, how long its cases usually last, and the words its workers use.
/// </summary>
internal sealed record DemoPractice(
    string Name,
    string Unit,
    string Description,
    Guid CaseTypeId,
    DemoClientele Clientele,
    int TypicalDays,
    IReadOnlyList<ReferralSource> Sources,
    IReadOnlyList<string> ReferralReasons,
    IReadOnlyList<string> Needs,
    IReadOnlyList<(CaseTaskKind Kind, string Title)> Tasks,
    ContactKind UsualContact);
