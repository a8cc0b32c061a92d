using Casewell.Common;

namespace Casewell.Audit;

/// <summary>What reading the audit trail says, as codes the web words.</summary>
public static class AuditMessages
{
    public const string OnlyAuditors = "Audit.OnlyAuditors";
    public const string BadId = "Audit.BadId";
    public const string BadDate = "Audit.BadDate";
    public const string ToBeforeFrom = "Audit.ToBeforeFrom";
    public const string BadBefore = "Audit.BadBefore";

    [MessageArgs("max")]
    public const string BadPageSize = "Audit.BadPageSize";

    [MessageArgs("max")]
    public const string TooManyActions = "Audit.TooManyActions";

    [MessageArgs("action")]
    public const string UnknownAction = "Audit.UnknownAction";

    [MessageArgs("group", "groups")]
    public const string UnknownGroup = "Audit.UnknownGroup";
}
