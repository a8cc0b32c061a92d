namespace Casewell.Documents;

/// <summary>
/// The kinds of file Casewell keeps, told by the file's content (<see cref="DocumentTypes"/>), never by its name or the
/// type the uploader declared. Legacy Word (.doc) is left out on purpose: its compound-file container is shared with
/// spreadsheets, mail and installers, cannot be told apart without parsing it, and carries macros.
/// </summary>
public enum DocumentType
{
    Pdf,
    Png,
    Jpeg,
    Gif,

    /// <summary>A Word document (Office Open XML): a ZIP package with a main document part and no macros.</summary>
    Docx,
}
