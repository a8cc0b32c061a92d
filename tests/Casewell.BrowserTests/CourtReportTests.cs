using Casewell.BrowserTests.Pages;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>
/// A worker signs the note of a home visit, schedules a hearing, compiles a court report for it from the record, writes the
/// recommendations and downloads both files.
/// </summary>
public sealed class CourtReportTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_worker_compiles_a_court_report_for_a_hearing_from_a_signed_note_edits_its_recommendations_and_downloads_it_as_Word_and_PDF()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Wanda Worker");
        var seeded = await SeededCase.ForWorkerAsync(App, email, SeededCaseTypes.HospitalDischarge);
        var page = await App.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, BrowserApp.Password);
        var now = App.Services.GetRequiredService<AgencyTime>().Local(TimeProvider.System.GetUtcNow()).DateTime;
        var write = await (await CasePage.OpenAsync(page, seeded.CaseId.ToString())).WriteNoteAsync();
        await write.DescribeAsync("Home visit", now.AddHours(-1), 40, "The client's home");
        await write.TickAsync(seeded.ClientName);
        await write.WriteAsync("Narrative", "Visited at home; walking with a frame.");
        await write.SignAsync();
        var hearings = await CaseHearingsPage.OpenAsync(page, seeded.CaseId);
        hearings = await hearings.ScheduleAsync(now.AddDays(10), "Review", "Probate Court, Room 2", "Hon. Rosa Ortiz", ("Ana Ruiz", "Attorney for the client"));
        var hearing = await hearings.OpenHearingAsync("Review");

        var reports = await hearing.MakeCourtReportAsync();
        await Assertions.Expect(reports.ForHearing).ToContainTextAsync("Probate Court, Room 2");
        var report = await reports.CompileAsProposedAsync();
        await Assertions.Expect(report.Message).ToContainTextAsync("compiled from the record");
        await Assertions.Expect(report.CaseDetails).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(seeded.CaseNumber));
        await Assertions.Expect(report.Contacts).ToContainTextAsync("walking with a frame");
        await Assertions.Expect(report.Contacts).ToContainTextAsync($"Wanda Worker, {seeded.ClientName}");
        report = await report.SaveRecommendationsAsync("Continue home care for eight weeks.");
        await Assertions.Expect(report.Message).ToHaveTextAsync("The report is saved.");
        await Assertions.Expect(report.Recommendations).ToHaveValueAsync("Continue home care for eight weeks.");

        var (wordName, word) = await report.DownloadAsync("Word document (.docx)");
        var (pdfName, pdf) = await report.DownloadAsync("PDF");
        Assert.EndsWith(".docx", wordName, StringComparison.Ordinal);
        Assert.EndsWith(".pdf", pdfName, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), word[..2]);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        reports = await CourtReportsPage.OpenAsync(page, seeded.CaseId);
        await Assertions.Expect(reports.Reports).ToContainTextAsync("Probate Court, Room 2");
        await page.Context.CloseAsync();
    }
}
