using Casewell.Common;

namespace Casewell.Notes;

/// <summary>What notes say, as codes the web words.</summary>
public static class NoteMessages
{
    public const string SignedIsLocked = "Note.SignedIsLocked";
    public const string AddendumOnlyToSigned = "Note.AddendumOnlyToSigned";
    public const string ClosedCaseTakesNoNotes = "Note.ClosedCaseTakesNoNotes";
    public const string ReadOnlyCase = "Note.ReadOnlyCase";
    [MessageArgs("saved")] public const string SavedElsewhere = "Note.SavedElsewhere";
    public const string RequiredStart = "Note.RequiredStart";
    public const string RequiredDuration = "Note.RequiredDuration";
    [MessageArgs("section")] public const string RequiredSection = "Note.RequiredSection";
    [MessageArgs("hours")] public const string RequiredLateEntryReason = "Note.RequiredLateEntryReason";
    public const string LateEntryReason = "Note.LateEntryReason";
    public const string StartInFuture = "Note.StartInFuture";
    [MessageArgs("max")] public const string Duration = "Note.Duration";
    public const string Location = "Note.Location";
    public const string ChooseType = "Note.ChooseType";
    public const string ChooseFormat = "Note.ChooseFormat";
    [MessageArgs("section")] public const string SectionText = "Note.SectionText";
    public const string SectionNotInFormat = "Note.SectionNotInFormat";
    [MessageArgs("max")] public const string TooManyParticipants = "Note.TooManyParticipants";
    public const string ChooseParticipantKind = "Note.ChooseParticipantKind";
    public const string UnknownParticipant = "Note.UnknownParticipant";
    public const string RequiredParticipantName = "Note.RequiredParticipantName";
    public const string ParticipantName = "Note.ParticipantName";
    public const string RequiredAddendum = "Note.RequiredAddendum";
    public const string Addendum = "Note.Addendum";
    [MessageArgs("max")] public const string TooManyFollowUps = "Note.TooManyFollowUps";
    public const string RequiredSearchText = "Note.RequiredSearchText";
    public const string SearchText = "Note.SearchText";
    public const string SearchNeedsWord = "Note.SearchNeedsWord";
    [MessageArgs("max")] public const string TooManySearchWords = "Note.TooManySearchWords";
    public const string SectionNarrative = "Note.SectionNarrative";
    public const string SectionData = "Note.SectionData";
    public const string SectionSubjective = "Note.SectionSubjective";
    public const string SectionObjective = "Note.SectionObjective";
    public const string SectionBehavior = "Note.SectionBehavior";
    public const string SectionIntervention = "Note.SectionIntervention";
    public const string SectionResponse = "Note.SectionResponse";
    public const string SectionAssessment = "Note.SectionAssessment";
    public const string SectionPlan = "Note.SectionPlan";

    /// <summary>A section's name, as a field's label says it ("Assessment").</summary>
    public static Message Section(NoteSectionKind kind) => new(kind switch
    {
        NoteSectionKind.Narrative => SectionNarrative,
        NoteSectionKind.Data => SectionData,
        NoteSectionKind.Subjective => SectionSubjective,
        NoteSectionKind.Objective => SectionObjective,
        NoteSectionKind.Behavior => SectionBehavior,
        NoteSectionKind.Intervention => SectionIntervention,
        NoteSectionKind.Response => SectionResponse,
        NoteSectionKind.Assessment => SectionAssessment,
        _ => SectionPlan,
    });
}
