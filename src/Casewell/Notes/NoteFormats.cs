namespace Casewell.Notes;

/// <summary>The sections of each format, in the order they are written and read.</summary>
public static class NoteFormats
{
    public static IReadOnlyList<NoteSectionKind> SectionsOf(NoteFormat format) => format switch
    {
        NoteFormat.Narrative => [NoteSectionKind.Narrative],
        NoteFormat.Dap => [NoteSectionKind.Data, NoteSectionKind.Assessment, NoteSectionKind.Plan],
        NoteFormat.Soap => [NoteSectionKind.Subjective, NoteSectionKind.Objective, NoteSectionKind.Assessment, NoteSectionKind.Plan],
        NoteFormat.Birp => [NoteSectionKind.Behavior, NoteSectionKind.Intervention, NoteSectionKind.Response, NoteSectionKind.Plan],
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
