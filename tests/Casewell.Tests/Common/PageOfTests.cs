using Casewell.Common;

namespace Casewell.Tests.Common;

public class PageOfTests
{
    [Theory]
    [InlineData(null, null, 1, 25)]
    [InlineData(0, 0, 1, 1)]
    [InlineData(-3, 500, 1, 100)]
    [InlineData(4, 10, 4, 10)]
    public void A_page_number_and_size_from_outside_are_brought_within_bounds(int? page, int? size, int expectedPage, int expectedSize) =>
        Assert.Equal((expectedPage, expectedSize), PageOf<int>.Normalize(page, size));
}
