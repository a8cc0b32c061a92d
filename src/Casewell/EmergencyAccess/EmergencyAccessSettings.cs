namespace Casewell.EmergencyAccess;

/// <summary>Setting <c>Access:EmergencyAccessMinutes</c>: how long a grant stays open.</summary>
public sealed class EmergencyAccessSettings
{
    public const string Section = "Access";

    /// <summary>A working day: longer, and a grant stops being an emergency and becomes an assignment nobody made.</summary>
    public const int MaxMinutes = 480;

    public int EmergencyAccessMinutes { get; set; } = 60;

    public TimeSpan Duration => TimeSpan.FromMinutes(EmergencyAccessMinutes);

    /// <summary>What stops Casewell from starting with this setting, or null.</summary>
    public string? Problem() => EmergencyAccessMinutes is >= 1 and <= MaxMinutes
        ? null
        : $"{Section}:EmergencyAccessMinutes must be a whole number from 1 to {MaxMinutes}; it is {EmergencyAccessMinutes}.";
}
