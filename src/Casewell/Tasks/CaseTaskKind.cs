namespace Casewell.Tasks;

/// <summary>What a task is for; a required contact is scheduled by Casewell itself from the case type.</summary>
public enum CaseTaskKind
{
    FollowUp,
    RequiredContact,
    PlanReview,
    CourtDeadline,
    Paperwork,
    Other,

    /// <summary>Getting ready for a court hearing: made by Casewell when the hearing is scheduled, and moved or ended with it.</summary>
    CourtPreparation,
}
