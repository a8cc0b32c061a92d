using Casewell.Cases;

namespace Casewell.Caseloads;

/// <summary>One case in a worker's caseload, with what tells them where it stands.</summary>
public sealed record CaseloadRow(
    Guid CaseId,
    string CaseNumber,
    int Version,
    Guid ClientId,
    string ClientName,
    Guid TeamId,
    string CaseTypeName,
    CasePriority Priority,
    CaseStatus Status,
    bool IsPrimary,
    int DaysOpen,
    DateTimeOffset? LastContactAt,
    DateOnly? NextTaskDue,
    DateOnly? NextContactDue,
    int OverdueTasks,
    bool ContactOverdue)
{
    public bool IsOverdue => OverdueTasks > 0 || ContactOverdue;
}

public sealed record CaseloadPage(IReadOnlyList<CaseloadRow> Cases, int Page, int PageSize, bool HasMore);
