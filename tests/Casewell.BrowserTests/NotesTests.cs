using Casewell.BrowserTests.Pages;
using Casewell.CaseTypes;
using Casewell.Common;
using Casewell.Identity;
using Casewell.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>A worker documents a home visit: writes the note (saved as a draft while typed), signs it with a follow-up, adds an addendum.</summary>
public sealed class NotesTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    /// <summary>
    /// What documenting costs the worker: full page loads they wait for (not the redirect that answers a form), the forms
    /// they submit, and the autosaves that ran behind them.
    /// </summary>
    private sealed class Effort
    {
        public int PageLoads { get; private set; }
        public int Submissions { get; private set; }
        public int Autosaves { get; private set; }

        public Effort(IPage page) => page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/notes/autosave", StringComparison.Ordinal)) Autosaves++;
            // Blazor's enhanced navigation fetches the next page instead of loading it: to the worker it is a page load too.
            var enhanced = request.Headers.TryGetValue("accept", out var accept) && accept.Contains("blazor-enhanced-nav", StringComparison.Ordinal);
            if (!(request.IsNavigationRequest || enhanced) || request.Frame != page.MainFrame || request.RedirectedFrom is not null) return;
            if (request.Method == "POST") Submissions++;
            else PageLoads++;
        };
    }

    [Fact]
    public async Task A_worker_writes_a_home_visit_note_with_two_participants_and_a_follow_up_signs_it_and_adds_an_addendum()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Wanda Worker");
        var seeded = await SeededCase.ForWorkerAsync(App, email, SeededCaseTypes.HospitalDischarge);
        var relative = await SeededCase.AddHouseholdMemberAsync(App, email, seeded.CaseId);
        var page = await SignInAsync(email);
        var effort = new Effort(page);
        var now = App.Services.GetRequiredService<AgencyTime>().Local(TimeProvider.System.GetUtcNow()).DateTime;
        var today = App.Services.GetRequiredService<AgencyCalendar>().Today();

        var write = await (await CasePage.OpenAsync(page, seeded.CaseId.ToString())).WriteNoteAsync();
        await write.DescribeAsync("Home visit", now.AddHours(-1), 50, "The family home");
        await write.TickAsync(seeded.ClientName);
        await write.TickAsync(relative);
        await write.WriteAsync("Narrative", "Visited at home with her son. The stairs rail is fitted; she walks with a frame.");
        // Typing stopped: the draft is on the server before anything is submitted.
        await Assertions.Expect(write.SavedAt).ToContainTextAsync("Draft saved at", new() { Timeout = 15_000 });
        await write.AddFollowUpAsync("Ask the pharmacist about the new tablets", today.AddDays(3));
        var note = await write.SignAsync();

        await Assertions.Expect(note.Message).ToHaveTextAsync("The note is signed. Corrections from now on are addenda.");
        await Assertions.Expect(note.Status).ToHaveTextAsync("Signed");
        await Assertions.Expect(note.Participants).ToContainTextAsync(seeded.ClientName);
        await Assertions.Expect(note.Participants).ToContainTextAsync(relative);
        await Assertions.Expect(note.Section("Narrative")).ToContainTextAsync("walks with a frame");

        note = await note.AddAddendumAsync("The son is nine, not eight.");
        await Assertions.Expect(note.Addenda).ToContainTextAsync("The son is nine, not eight.");
        await Assertions.Expect(note.Addenda).ToContainTextAsync("Wanda Worker");

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Home-visit note with two participants and a follow-up, signed, then an addendum: {effort.PageLoads} page loads, {effort.Submissions} form submissions ({effort.Autosaves} autosaves behind them)");
        Assert.InRange(effort.PageLoads, 1, 2);
        Assert.InRange(effort.Submissions, 1, 3);
        Assert.True(effort.Autosaves >= 1, "the draft was never saved by the script");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_worker_finds_a_signed_note_by_its_words_from_the_search_page_and_punctuation_alone_is_refused_at_the_field()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Sean Searcher");
        var seeded = await SeededCase.ForWorkerAsync(App, email, SeededCaseTypes.HospitalDischarge);
        var page = await SignInAsync(email);
        var now = App.Services.GetRequiredService<AgencyTime>().Local(TimeProvider.System.GetUtcNow()).DateTime;
        var write = await (await CasePage.OpenAsync(page, seeded.CaseId.ToString())).WriteNoteAsync();
        await write.DescribeAsync("Home visit", now.AddHours(-1), 30, "The family home");
        await write.TickAsync(seeded.ClientName);
        await write.WriteAsync("Narrative", "She asked about the wheelchair ramp for the back door.");
        await write.SignAsync();

        var search = await SearchNotesPage.OpenAsync(page);
        await search.SearchAsync("\"wheelchair\" -ramp*");
        await Assertions.Expect(search.Results).ToContainTextAsync(seeded.ClientName);
        await Assertions.Expect(search.Marked).ToHaveTextAsync(["wheelchair", "ramp"]);
        await AxeCheck.AssertAccessibleAsync(page);

        await search.SearchAsync("*** --");
        await Assertions.Expect(search.Error).ToContainTextAsync("punctuation alone finds nothing");
        await AxeCheck.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The session ends while the worker is writing (the browser's clock jumps past the idle timeout before the
    /// autosave's own pause is over): the log-off saves the draft first, and signing in again opens that draft.
    /// </summary>
    [Fact]
    public async Task A_session_that_ends_mid_note_loses_nothing_and_signing_in_again_opens_the_draft()
    {
        var email = await App.CreateStaffAsync(StaffRole.CaseWorker, "Tomas Timeout");
        var seeded = await SeededCase.ForWorkerAsync(App, email, SeededCaseTypes.HospitalDischarge);
        var page = await SignInAsync(email);
        await page.Clock.InstallAsync();
        var now = App.Services.GetRequiredService<AgencyTime>().Local(TimeProvider.System.GetUtcNow()).DateTime;

        var write = await (await CasePage.OpenAsync(page, seeded.CaseId.ToString())).WriteNoteAsync();
        await write.DescribeAsync("Phone call", now.AddMinutes(-20), 15, "Office");
        const string words = "Called her daughter about the discharge date; she can collect her mother on Friday at noon.";
        await write.WriteAsync("Narrative", words);

        await page.Clock.FastForwardAsync("16:00");
        await SignInPage.ArriveAsync(page);
        await page.Locator("#field-email").FillAsync(email);
        await page.Locator("#field-password").FillAsync(BrowserApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await WriteNotePage.ArriveAsync(page);
        Assert.Matches("/notes/[0-9a-f-]{36}/edit$", page.Url);
        await Assertions.Expect(page.GetByLabel("Narrative")).ToHaveValueAsync(words);
        await Assertions.Expect(page.GetByLabel("Location", new() { Exact = true })).ToHaveValueAsync("Office");
        await page.Context.CloseAsync();
    }
}
