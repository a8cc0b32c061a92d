using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Caseloads;

/// <summary>How a worker's caseload list is narrowed, ordered and paged. Closed cases are never in a caseload.</summary>
public sealed record CaseloadFilter(
    CaseStatus? Status = null,
    Guid? CaseTypeId = null,
    CasePriority? Priority = null,
    bool OverdueOnly = false,
    CaseloadSort Sort = CaseloadSort.NextDue,
    bool Descending = false,
    int Page = 1,
    int PageSize = CaseloadFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>Far beyond any real caseload; it keeps the row offset from overflowing.</summary>
    public const int MaxPage = 10_000;

    public Result Validate()
    {
        var v = new Validation();
        if (Status is { } status && (!Enum.IsDefined(status) || status == CaseStatus.Closed))
            v.Add("Status", new Message(CaseloadMessages.ChooseOpenStatus));
        if (Priority is { } priority && !Enum.IsDefined(priority)) v.Add("Priority", new Message(CaseloadMessages.ChoosePriority));
        if (!Enum.IsDefined(Sort)) v.Add("Sort", new Message(CaseloadMessages.ChooseSort));
        if (Page is < 1 or > MaxPage) v.Add("Page", new Message(CaseloadMessages.PageOutOfRange, MaxPage));
        if (PageSize is < 1 or > MaxPageSize) v.Add("PageSize", new Message(CaseloadMessages.PageSizeOutOfRange, MaxPageSize));
        return v.HasErrors ? v.ToResult() : Result.Ok();
    }
}

/// <summary>
/// Each order puts what needs attention first: the most urgent, the longest open, the longest without contact,
/// the soonest due. <see cref="CaseloadFilter.Descending"/> turns it round.
/// </summary>
public enum CaseloadSort
{
    NextDue,
    Priority,
    Client,
    DaysOpen,
    LastContact,
}
