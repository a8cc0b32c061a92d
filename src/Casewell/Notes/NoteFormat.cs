namespace Casewell.Notes;

/// <summary>How the program writes its notes: each format has its own sections (<see cref="NoteFormats"/>).</summary>
public enum NoteFormat
{
    Narrative,

    /// <summary>Data, assessment, plan.</summary>
    Dap,

    /// <summary>Subjective, objective, assessment, plan.</summary>
    Soap,

    /// <summary>Behavior, intervention, response, plan.</summary>
    Birp,
}
