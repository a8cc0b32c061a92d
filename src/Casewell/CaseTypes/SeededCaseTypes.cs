namespace Casewell.CaseTypes;

/// <summary>
/// The settings our users work in, present in every database from its first migration. Contact frequencies
/// are starting points an administrator can change: child welfare's monthly caseworker visit is the federal
/// standard (Title IV-B), the others are common agency practice.
/// </summary>
public static class SeededCaseTypes
{
    public static readonly Guid ChildProtectiveServices = new("0192f5a0-0000-7000-8000-000000000001");
    public static readonly Guid AdultProtectiveServices = new("0192f5a0-0000-7000-8000-000000000002");
    public static readonly Guid MentalHealth = new("0192f5a0-0000-7000-8000-000000000003");
    public static readonly Guid SubstanceUse = new("0192f5a0-0000-7000-8000-000000000004");
    public static readonly Guid HospitalDischarge = new("0192f5a0-0000-7000-8000-000000000005");
    public static readonly Guid Reentry = new("0192f5a0-0000-7000-8000-000000000006");
    public static readonly Guid AgingServices = new("0192f5a0-0000-7000-8000-000000000007");
    public static readonly Guid General = new("0192f5a0-0000-7000-8000-000000000008");

    public static CaseType[] All =>
    [
        new(ChildProtectiveServices, "CPS", "Child protective services", 30, "Home visit with the child", 1.5),
        new(AdultProtectiveServices, "APS", "Adult protective services", 30, "Home visit", 1.3),
        new(MentalHealth, "MH", "Mental health", 30, "Face-to-face contact", 1.2),
        new(SubstanceUse, "SU", "Substance use", 14, "Contact with the client", 1.2),
        new(HospitalDischarge, "HDP", "Hospital discharge planning", 7, "Follow-up after discharge", 0.8),
        new(Reentry, "RE", "Reentry", 14, "Meeting with the client", 1.0),
        new(AgingServices, "AGE", "Aging services", 90, "Home visit", 0.8),
        new(General, "GEN", "General human services", null, null, 1.0),
    ];
}
