namespace Casewell.Audit;

/// <summary>What reading the audit trail says, as codes the web words.</summary>
public static class AuditMessages
{
    public const string OnlyAuditors = "Audit.OnlyAuditors";
}
