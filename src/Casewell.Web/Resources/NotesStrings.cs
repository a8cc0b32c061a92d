namespace Casewell.Web.Resources;

/// <summary>Marker type for the UI text of notes in NotesStrings.resx.</summary>
public sealed class NotesStrings;
