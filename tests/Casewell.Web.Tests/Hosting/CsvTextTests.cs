using Casewell.Web.Hosting;

namespace Casewell.Web.Tests.Hosting;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void A_cell_a_spreadsheet_would_run_is_kept_as_text_and_quoting_follows_rfc_4180(string value, string cell) =>
        Assert.Equal(cell, CsvText.Field(value));

    [Fact]
    public void A_line_joins_its_cells_with_commas_and_ends_with_crlf() =>
        Assert.Equal("a,,'=b\r\n", CsvText.Line("a", null, "=b"));
}
