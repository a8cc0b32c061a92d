using Casewell.Common;

namespace Casewell.Cases;

/// <summary>What a case's lifecycle, assignments, contacts and intake say, as codes the web words.</summary>
public static class CaseMessages
{
    [MessageArgs("status")] public const string OnlyReferredOpens = "Case.OnlyReferredOpens";
    public const string AssignPrimaryFirst = "Case.AssignPrimaryFirst";
    public const string OnlyOpenPutsOnHold = "Case.OnlyOpenPutsOnHold";
    public const string ClosureAwaitsApproval = "Case.ClosureAwaitsApproval";
    public const string OnlyOnHoldResumes = "Case.OnlyOnHoldResumes";
    public const string AlreadyClosed = "Case.AlreadyClosed";
    public const string ClosureAlreadyWaiting = "Case.ClosureAlreadyWaiting";
    public const string OnlySupervisorDecidesClosure = "Case.OnlySupervisorDecidesClosure";
    public const string NoClosureWaiting = "Case.NoClosureWaiting";
    public const string OnlyClosedReopens = "Case.OnlyClosedReopens";
    public const string ChooseTransition = "Case.ChooseTransition";
    public const string ChooseOutcome = "Case.ChooseOutcome";
    [MessageArgs("count")] public const string OpenTasksBeforeClosing = "Case.OpenTasksBeforeClosing";
    [MessageArgs("count")] public const string OpenTasksBeforeApproving = "Case.OpenTasksBeforeApproving";
    public const string ClosedNotAssigned = "Case.ClosedNotAssigned";
    [MessageArgs("worker")] public const string AlreadyPrimary = "Case.AlreadyPrimary";
    [MessageArgs("worker")] public const string AlreadyOnCase = "Case.AlreadyOnCase";
    public const string WorkerNotAssigned = "Case.WorkerNotAssigned";
    public const string ClosedTakesNoTasks = "Case.ClosedTakesNoTasks";
    public const string Reason = "Case.Reason";
    public const string RequiredReason = "Case.RequiredReason";
    public const string ChooseRole = "Case.ChooseRole";
    public const string OnlySupervisorAssigns = "Case.OnlySupervisorAssigns";
    public const string ChooseActiveWorker = "Case.ChooseActiveWorker";
    public const string ChooseSupervisedWorker = "Case.ChooseSupervisedWorker";
    public const string OnlySupervisorUnassigns = "Case.OnlySupervisorUnassigns";
    public const string ReadOnly = "Case.ReadOnly";
    [MessageArgs("changes")] public const string ChangedSince = "Case.ChangedSince";
    [MessageArgs("first", "rest")] public const string Changes = "Case.Changes";
    [MessageArgs("kind", "subject", "from", "to", "actor", "at")] public const string Change = "Case.Change";
    [MessageArgs("subject")] public const string ChangeSubject = "Case.ChangeSubject";
    [MessageArgs("from")] public const string ChangeFrom = "Case.ChangeFrom";
    [MessageArgs("to")] public const string ChangeTo = "Case.ChangeTo";
    public const string MayNotOpen = "Case.MayNotOpen";
    public const string RequiredReferralReason = "Case.RequiredReferralReason";
    public const string ReferralReason = "Case.ReferralReason";
    public const string PresentingNeeds = "Case.PresentingNeeds";
    public const string ChoosePriority = "Case.ChoosePriority";
    public const string ChooseReferralSource = "Case.ChooseReferralSource";
    public const string ChooseProgram = "Case.ChooseProgram";
    public const string ChooseCaseType = "Case.ChooseCaseType";
    [MessageArgs("max")] public const string TooManyHouseholdMembers = "Case.TooManyHouseholdMembers";
    public const string OnlyHousehold = "Case.OnlyHousehold";
    public const string ChooseProgramTeam = "Case.ChooseProgramTeam";
    public const string ProgramHasNoTeam = "Case.ProgramHasNoTeam";
    public const string ChooseTeam = "Case.ChooseTeam";
    public const string RequiredContactSummary = "Case.RequiredContactSummary";
    public const string ContactSummary = "Case.ContactSummary";
    public const string ChooseContactKind = "Case.ChooseContactKind";
    public const string RequiredContactTime = "Case.RequiredContactTime";
    public const string ContactInFuture = "Case.ContactInFuture";
    public const string ContactBeforeReferral = "Case.ContactBeforeReferral";
    public const string ContactAfterClosing = "Case.ContactAfterClosing";
}
