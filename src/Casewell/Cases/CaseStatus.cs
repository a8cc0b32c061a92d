namespace Casewell.Cases;

/// <summary>Where a case stands: referred -> open -> on hold &lt;-> open -> closed, and reopened.</summary>
public enum CaseStatus
{
    Referred,
    Open,
    OnHold,
    Closed,
}
