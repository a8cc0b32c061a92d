using Casewell.Caseloads;
using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Tests.Caseloads;

public sealed class CaseloadFilterTests
{
    [Fact]
    public void The_default_filter_is_valid()
    {
        Assert.True(new CaseloadFilter().Validate().Succeeded);
    }

    [Fact]
    public void Closed_cases_cannot_be_asked_for_because_a_caseload_holds_none()
    {
        var result = new CaseloadFilter(Status: CaseStatus.Closed).Validate();

        Assert.Equal(ResultKind.Invalid, result.Kind);
        Assert.Contains("Status", result.Errors.Keys);
    }

    [Theory]
    [InlineData(0, 25, "Page")]
    [InlineData(CaseloadFilter.MaxPage + 1, 25, "Page")]
    [InlineData(1, 0, "PageSize")]
    [InlineData(1, CaseloadFilter.MaxPageSize + 1, "PageSize")]
    public void Pages_are_bounded(int page, int pageSize, string field)
    {
        var result = new CaseloadFilter(Page: page, PageSize: pageSize).Validate();

        Assert.Equal([field], result.Errors.Keys);
    }

    [Fact]
    public void Values_outside_the_lists_are_refused()
    {
        var result = new CaseloadFilter(Status: (CaseStatus)42, Priority: (CasePriority)42, Sort: (CaseloadSort)42).Validate();

        Assert.Equal(["Priority", "Sort", "Status"], result.Errors.Keys.Order());
    }

    [Fact]
    public void The_largest_page_size_is_allowed()
    {
        Assert.True(new CaseloadFilter(PageSize: CaseloadFilter.MaxPageSize).Validate().Succeeded);
    }
}
