using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Casewell.Cases;
using Casewell.Data;
using Casewell.Web.Hosting;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Court;

/// <summary>The /cases/{id}/hearings and /hearings/{id} pages, and the case page's section, posted as a browser without JavaScript would.</summary>
public abstract class HearingPagesTests(CasewellApp app) : IntegrationTest(app)
{
    private string AgencyLocal(TimeSpan fromNow) => App.Services.GetRequiredService<AgencyTime>().Local(TimeProvider.System.GetUtcNow() + fromNow)
        .ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_worker_schedules_a_hearing_with_the_form_and_the_case_page_shows_it()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/cases/{@case.Id}/hearings";
        var (html, inputs) = await HtmlForm.OpenAsync(worker.Http, path);
        Assert.Contains("data-testid=\"no-hearings\"", html, StringComparison.Ordinal);

        var posted = await HtmlForm.PostAsync(worker.Http, path, inputs, "schedule-hearing", new()
        {
            ["NewHearing.StartsAt"] = AgencyLocal(TimeSpan.FromDays(12)),
            ["NewHearing.Type"] = "Permanency",
            ["NewHearing.Court"] = "Probate Court, Room 2",
            ["NewHearing.Judge"] = "Magistrate Li",
            // The second row left empty: only the rows filled in are people.
            ["NewHearing.Party0Name"] = "Ana Ruiz",
            ["NewHearing.Party0Role"] = "Attorney for the mother",
            ["NewHearing.Party2Name"] = "Lee Park",
            ["NewHearing.Party2Role"] = "Guardian ad litem",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"{path}?scheduled=1", HtmlForm.Location(posted));
        var (after, _) = await HtmlForm.OpenAsync(worker.Http, HtmlForm.Location(posted));
        Assert.Contains("The hearing is scheduled", after, StringComparison.Ordinal);
        Assert.Contains("Probate Court, Room 2", after, StringComparison.Ordinal);
        var (casePage, _) = await HtmlForm.OpenAsync(worker.Http, $"/cases/{@case.Id}");
        Assert.Contains("data-testid=\"case-hearings-table\"", casePage, StringComparison.Ordinal);
        Assert.Contains("Probate Court, Room 2", casePage, StringComparison.Ordinal);
        Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.HearingScheduled);
    }

    [Fact]
    public async Task A_hearing_in_the_past_or_a_person_without_a_role_is_sent_back_with_the_message_at_the_field()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/cases/{@case.Id}/hearings";
        var (_, inputs) = await HtmlForm.OpenAsync(worker.Http, path);

        var posted = await HtmlForm.PostAsync(worker.Http, path, inputs, "schedule-hearing", new()
        {
            ["NewHearing.StartsAt"] = AgencyLocal(TimeSpan.FromDays(-1)),
            ["NewHearing.Type"] = "Review",
            ["NewHearing.Court"] = "Family Court",
            ["NewHearing.Party1Name"] = "Lee Park",
        });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("id=\"field-hearing-startsat-error\"", html, StringComparison.Ordinal);
        Assert.Contains("The hearing&#x27;s date and time must be in the future.", html, StringComparison.Ordinal);
        // The error is on the row the worker filled in (the second), not the first the list made of it.
        Assert.Contains("id=\"field-hearing-parties-1-role-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Family Court\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.HearingScheduled);
    }

    [Fact]
    public async Task The_hearing_page_offers_the_outcome_only_once_the_hearing_s_time_has_come_and_records_it()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var created = await CaseHttp.CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/hearings",
            new { startsAt = TimeProvider.System.GetUtcNow().AddDays(4), type = "Review", court = "Family Court" }, Cancellation));
        var path = $"/hearings/{created.GetProperty("hearingId").GetGuid()}";
        var (before, _) = await HtmlForm.OpenAsync(worker.Http, path);
        Assert.Contains("data-testid=\"not-yet-held\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"record-outcome\"", before, StringComparison.Ordinal);

        await App.WithServicesAsync(async s =>
        {
            var now = s.GetRequiredService<TimeProvider>().GetUtcNow();
            var id = created.GetProperty("hearingId").GetGuid();
            await s.GetRequiredService<CasewellDbContext>().CourtHearings.Where(h => h.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(h => h.StartsAt, now.AddHours(-1)), Cancellation);
        });
        var (held, inputs) = await HtmlForm.OpenAsync(worker.Http, path);
        Assert.Contains("value=\"record-outcome\"", held, StringComparison.Ordinal);

        var posted = await HtmlForm.PostAsync(worker.Http, path, inputs, "record-outcome", new()
        {
            ["Outcome.Version"] = "0",
            ["Outcome.Text"] = "Plan approved; review in six months.",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var (after, _) = await HtmlForm.OpenAsync(worker.Http, HtmlForm.Location(posted));
        Assert.Contains("The outcome is recorded.", after, StringComparison.Ordinal);
        Assert.Contains("Plan approved; review in six months.", after, StringComparison.Ordinal);
    }
}

public sealed class HearingPagesTests_on_Sqlite(SqliteApp app) : HearingPagesTests(app), IClassFixture<SqliteApp>;

public sealed class HearingPagesTests_on_Postgres(PostgresApp app) : HearingPagesTests(app), IClassFixture<PostgresApp>;
