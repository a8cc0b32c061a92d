namespace Casewell.Access;

/// <summary>What a read of a court report does with it: each is its own entry in the audit trail.</summary>
public enum CourtReportRead
{
    /// <summary>The draft on screen or as JSON.</summary>
    View,

    /// <summary>Made into a Word document and handed out.</summary>
    Word,

    /// <summary>Made into a PDF and handed out.</summary>
    Pdf,
}
