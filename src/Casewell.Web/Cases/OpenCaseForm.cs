using Casewell.Cases;

namespace Casewell.Web.Cases;

/// <summary>The open-case form as posted. The team select carries the program too, since a team belongs to one program.</summary>
public sealed class OpenCaseForm
{
    public Guid? TeamId { get; set; }
    public Guid? CaseTypeId { get; set; }
    public CasePriority Priority { get; set; } = CasePriority.Medium;
    public ReferralSource ReferralSource { get; set; } = ReferralSource.Self;
    public string? ReferralReason { get; set; }
    public string? PresentingNeeds { get; set; }
}
