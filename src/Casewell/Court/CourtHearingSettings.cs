namespace Casewell.Court;

/// <summary>Setting <c>Court:PreparationDays</c>: how many days before a hearing its preparation task falls due.</summary>
public sealed class CourtHearingSettings
{
    public const string Section = "Court";

    /// <summary>Two months: a court report due further ahead than that is written before the facts it reports.</summary>
    public const int MaxPreparationDays = 60;

    public int PreparationDays { get; set; } = 7;

    /// <summary>
    /// The preparation task's due date for a hearing on <paramref name="hearingDay"/> (the agency's calendar day): the
    /// set number of days before, or today when the hearing is sooner than that; a task due in the past is born overdue.
    /// </summary>
    public DateOnly PreparationDue(DateOnly hearingDay, DateOnly today)
    {
        var due = hearingDay.AddDays(-PreparationDays);
        return due < today ? today : due;
    }

    /// <summary>What stops Casewell from starting with this setting, or null.</summary>
    public string? Problem() => PreparationDays is >= 0 and <= MaxPreparationDays
        ? null
        : $"{Section}:PreparationDays must be a whole number from 0 to {MaxPreparationDays}; it is {PreparationDays}.";
}
