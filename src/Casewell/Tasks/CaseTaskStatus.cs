namespace Casewell.Tasks;

public enum CaseTaskStatus
{
    Open,
    Completed,
    Cancelled,
}
