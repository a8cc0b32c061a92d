namespace Casewell.Consents;

/// <summary>What the categories mean together: which are known, and which come out of a client's cases.</summary>
public static class InformationCategorySet
{
    public static InformationCategories All { get; } =
        Enum.GetValues<InformationCategories>().Aggregate(InformationCategories.None, (all, c) => all | c);

    /// <summary>
    /// The categories that are records of a case. For a client with a case in a Part 2 program or case type these
    /// are Part 2 records (42 CFR 2.11: records of the program), so releasing any of them releases substance use
    /// treatment information too, whatever the worker ticked.
    /// </summary>
    public const InformationCategories FromCases = InformationCategories.CaseInformation | InformationCategories.Assessments
        | InformationCategories.ServicePlans | InformationCategories.ContactNotes;

    public static bool IsKnown(InformationCategories categories) => categories != InformationCategories.None && (categories & ~All) == 0;

    /// <summary>Each category in the set, in declaration order (for the accounting and the CSV).</summary>
    public static IEnumerable<InformationCategories> Each(InformationCategories categories) =>
        Enum.GetValues<InformationCategories>().Where(c => c != InformationCategories.None && categories.HasFlag(c));
}
