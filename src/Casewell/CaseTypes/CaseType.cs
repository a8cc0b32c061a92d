using Casewell.Common;

namespace Casewell.CaseTypes;

/// <summary>
/// The kind of work a case is (child protective services, reentry...): its required contact frequency and
/// its weight in a worker's caseload. Agencies add their own; the settings our users work in come seeded.
/// </summary>
public sealed class CaseType : IVersioned
{
    public const int MaxCodeLength = 20;
    public const int MaxNameLength = 100;
    public const int MaxContactDescriptionLength = 100;

    private CaseType() { }

    public CaseType(Guid id, string code, string name, int? contactFrequencyDays, string? contactDescription, double loadWeight)
    {
        Id = id;
        Code = code.Trim().ToUpperInvariant();
        IsActive = true;
        Change(name, contactFrequencyDays, contactDescription, loadWeight);
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>At most this many days between contacts with the client (e.g. a monthly home visit); null when the type sets none.</summary>
    public int? ContactFrequencyDays { get; private set; }
    public string? ContactDescription { get; private set; }

    /// <summary>How heavy one case of this type weighs in a caseload, relative to a general case (1.0).</summary>
    public double LoadWeight { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>Whether cases of this type are substance use treatment under 42 CFR Part 2, whatever their program.</summary>
    public bool IsPart2 { get; private set; }
    public int Version { get; set; }

    public void Change(string name, int? contactFrequencyDays, string? contactDescription, double loadWeight)
    {
        Name = name.Trim();
        ContactFrequencyDays = contactFrequencyDays;
        ContactDescription = TextRules.OrNull(contactDescription);
        LoadWeight = loadWeight;
    }

    public void Retire() => IsActive = false;

    public void MarkPart2(bool isPart2) => IsPart2 = isPart2;
}
