namespace Casewell.Notes;

/// <summary>
/// Setting <c>Notes:LateEntryHours</c>: how long after a contact its note may be signed before it is a late entry,
/// whose reason is asked. A day by default, as most agencies' documentation policies have it.
/// </summary>
public sealed class NoteSettings
{
    public const string Section = "Notes";

    /// <summary>A month: past that, "late" would no longer mean anything.</summary>
    public const int MaxLateEntryHours = 24 * 30;

    public int LateEntryHours { get; set; } = 24;

    public TimeSpan LateAfter => TimeSpan.FromHours(LateEntryHours);

    /// <summary>What stops Casewell from starting with this setting, or null.</summary>
    public string? Problem() => LateEntryHours is >= 1 and <= MaxLateEntryHours
        ? null
        : $"{Section}:LateEntryHours must be a whole number from 1 to {MaxLateEntryHours}; it is {LateEntryHours}.";
}
