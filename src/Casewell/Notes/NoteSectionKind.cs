namespace Casewell.Notes;

/// <summary>A section of a note. Assessment and Plan are shared by the formats that have them.</summary>
public enum NoteSectionKind
{
    Narrative,
    Data,
    Subjective,
    Objective,
    Behavior,
    Intervention,
    Response,
    Assessment,
    Plan,
}
