using Casewell.BrowserTests.Pages;
using Casewell.CaseTypes;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>A worker schedules a court hearing with the people at it, and records what the court decided once it was held.</summary>
public sealed class HearingTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_worker_schedules_a_hearing_sees_it_on_my_work_and_records_its_outcome_once_held()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Wanda Worker");
        var seeded = await SeededCase.ForWorkerAsync(App, email, SeededCaseTypes.General);
        var page = await App.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsync(email, BrowserApp.Password);
        var agencyNow = App.Services.GetRequiredService<AgencyTime>().Local(TimeProvider.System.GetUtcNow()).DateTime;

        var hearings = await CaseHearingsPage.OpenAsync(page, seeded.CaseId);
        hearings = await hearings.ScheduleAsync(agencyNow.Date.AddDays(5).AddHours(9.5), "Adjudication", "Franklin County Juvenile Court, Courtroom 4",
            "Hon. Rosa Ortiz", ("Ana Ruiz", "Attorney for the mother"), ("Lee Park", "Guardian ad litem"));

        await Assertions.Expect(hearings.Message).ToHaveTextAsync("The hearing is scheduled, and a task to prepare for it is added.");
        await Assertions.Expect(hearings.Hearings).ToContainTextAsync("Franklin County Juvenile Court, Courtroom 4");
        var home = await MyWorkPage.OpenAsync(page);
        await Assertions.Expect(page.GetByTestId("my-hearings")).ToContainTextAsync(seeded.CaseNumber);
        // Five days ahead, inside the seven days of preparation: the task is due today, titled by the court.
        await Assertions.Expect(home.TodayTasks).ToContainTextAsync("Franklin County Juvenile Court, Courtroom 4");

        hearings = await CaseHearingsPage.OpenAsync(page, seeded.CaseId);
        var hearing = await hearings.OpenHearingAsync("Adjudication");
        await Assertions.Expect(hearing.Parties).ToContainTextAsync("Lee Park, Guardian ad litem");
        await Assertions.Expect(page.GetByTestId("not-yet-held")).ToBeVisibleAsync();

        // The days pass: the hearing's time comes (no form can set a hearing in the past).
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var earlier = TimeProvider.System.GetUtcNow().AddHours(-2);
            await scope.ServiceProvider.GetRequiredService<CasewellDbContext>().CourtHearings.Where(h => h.CaseId == seeded.CaseId)
                .ExecuteUpdateAsync(u => u.SetProperty(h => h.StartsAt, earlier), TestContext.Current.CancellationToken);
        }
        await page.ReloadAsync();
        hearing = await HearingPage.ArriveAsync(page, "Adjudication hearing");
        hearing = await hearing.RecordOutcomeAsync("The children were adjudicated dependent; disposition in 30 days.", "Adjudication hearing");

        await Assertions.Expect(hearing.Message).ToHaveTextAsync("The outcome is recorded.");
        await Assertions.Expect(hearing.Status).ToHaveTextAsync("Held");
        await Assertions.Expect(hearing.Outcome).ToHaveTextAsync("The children were adjudicated dependent; disposition in 30 days.");
        await page.Context.CloseAsync();
    }
}
