using System.Security.Cryptography;
using Casewell.BrowserTests.Pages;
using Casewell.Cases;
using Casewell.CaseTypes;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

/// <summary>A supervisor restricts a client of the team from the profile and lets one worker through; another worker's search no longer finds the client.</summary>
public sealed class RestrictionTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_supervisor_restricts_a_client_admits_a_worker_and_another_workers_search_no_longer_finds_the_client()
    {
        using var setup = await CaseloadSetup.CreateAsync(App);
        var listed = await setup.WorkerAsync("Wanda Listed");
        var other = await setup.WorkerAsync("Otto Other");
        var lastName = "Restrova" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 6);
        var opened = await setup.OpenCaseAsync(lastName, CasePriority.High, SeededCaseTypes.General);
        await setup.AssignAsync(opened.Id, listed);

        // Before: the other worker finds the person in search.
        var otherPage = await SignInAsync(other.Email);
        var search = await SearchClientsPage.OpenAsync(otherPage);
        await search.SearchAsync(lastName);
        await Assertions.Expect(search.Results).ToContainTextAsync(lastName);

        var supervisor = await SignInAsync(setup.Supervisor.Email);
        await CasePage.OpenAsync(supervisor, opened.Id.ToString());
        await supervisor.GetByRole(AriaRole.Link, new() { Name = $"Jordan {lastName}" }).ClickAsync();
        var panel = await RestrictionPanel.OnAsync(supervisor);
        await Assertions.Expect(panel.Mark).ToHaveCountAsync(0);

        panel = await panel.RestrictAsync("Domestic violence", "Protective order; the address must not be shared.");
        await Assertions.Expect(panel.Mark).ToHaveTextAsync("Restricted: only the people on its access list can see it.");
        await Assertions.Expect(panel.AccessList).ToContainTextAsync(setup.Supervisor.Name);
        panel = await panel.AdmitAsync("Wanda Listed");
        await Assertions.Expect(panel.Done).ToHaveTextAsync("The staff member was added to the access list.");
        await Assertions.Expect(panel.AccessList).ToContainTextAsync("Wanda Listed");
        await supervisor.Context.CloseAsync();

        // After: the other worker's same search finds nobody; the listed worker still reads the marked profile.
        search = await SearchClientsPage.OpenAsync(otherPage);
        await search.SearchAsync(lastName);
        await Assertions.Expect(otherPage.GetByTestId("no-results")).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(otherPage);
        await otherPage.Context.CloseAsync();

        var listedPage = await SignInAsync(listed.Email);
        await CasePage.OpenAsync(listedPage, opened.Id.ToString());
        await Assertions.Expect(listedPage.GetByTestId("restriction-mark")).ToContainTextAsync("Restricted with its client");
        await listedPage.Context.CloseAsync();
    }
}
