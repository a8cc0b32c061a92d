using Casewell.Common;

namespace Casewell.Caseloads;

/// <summary>What caseloads, the unassigned queue and handovers say, as codes the web words.</summary>
public static class CaseloadMessages
{
    public const string NoCaseload = "Caseload.NoCaseload";
    public const string OnlySupervisorAssigns = "Caseload.OnlySupervisorAssigns";
    public const string OnlySupervisorSeesWorker = "Caseload.OnlySupervisorSeesWorker";
    public const string OnlySupervisorsAndManagers = "Caseload.OnlySupervisorsAndManagers";
    public const string OnlyTeamSupervisorWorksQueue = "Caseload.OnlyTeamSupervisorWorksQueue";

    public const string ChooseOpenStatus = "Caseload.ChooseOpenStatus";
    public const string ChoosePriority = "Caseload.ChoosePriority";
    public const string ChooseSort = "Caseload.ChooseSort";
    [MessageArgs("max")] public const string PageOutOfRange = "Caseload.PageOutOfRange";
    [MessageArgs("max")] public const string PageSizeOutOfRange = "Caseload.PageSizeOutOfRange";

    public const string OnlySupervisorHandsOver = "Caseload.OnlySupervisorHandsOver";
    public const string RequiredHandOverReason = "Caseload.RequiredHandOverReason";
    public const string HandOverReason = "Caseload.HandOverReason";
    public const string ChooseRecipient = "Caseload.ChooseRecipient";
    [MessageArgs("max")] public const string TooManyRecipients = "Caseload.TooManyRecipients";
    public const string RecipientIsGiver = "Caseload.RecipientIsGiver";
    public const string RecipientsNotSupervised = "Caseload.RecipientsNotSupervised";
    public const string HandOverChanged = "Caseload.HandOverChanged";
}
