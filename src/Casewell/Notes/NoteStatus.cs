using System.Diagnostics.CodeAnalysis;

namespace Casewell.Notes;

[SuppressMessage("Naming", "CA1720", Justification = "A signed note is the case worker's word for it; no one reads it as the C# keyword.")]
public enum NoteStatus
{
    /// <summary>Being written: private to its author, saved as they type.</summary>
    Draft,

    /// <summary>Locked for good: corrections are addenda.</summary>
    Signed,

    /// <summary>A draft its author threw away: it exists for nobody, but the row stays (nothing is hard-deleted).</summary>
    Discarded,
}
