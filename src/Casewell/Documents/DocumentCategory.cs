namespace Casewell.Documents;

/// <summary>What a document is, as case workers file them: the categories a court or an audit asks for by name.</summary>
public enum DocumentCategory
{
    CourtOrder,
    ConsentForm,
    Identification,
    MedicalRecord,
    SchoolRecord,
    Correspondence,
    Other,
}
