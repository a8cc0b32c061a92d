using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Cases;

/// <summary>
/// The app's database seen behind the API's back: what a test checks after its requests, and the states no
/// request may produce, such as dates in the past, written as if time had passed.
/// </summary>
public sealed class CaseDatabase(CasewellApp app)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The agency's today, as the app computes it.</summary>
    public Task<DateOnly> TodayAsync() => app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<AgencyCalendar>().Today()));

    public Task<Case> CaseAsync(Guid caseId) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Id == caseId, Cancellation));

    public Task<CaseTask> TaskAsync(Guid taskId) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId, Cancellation));

    /// <summary>The case's timeline entries as stored, oldest first.</summary>
    public Task<List<CaseEvent>> TimelineAsync(Guid caseId) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.CaseVersion).ThenBy(e => e.Id).ToListAsync(Cancellation));

    public Task<Guid?> PrimaryWorkerAsync(Guid caseId) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.PrimaryWorkerId).SingleAsync(Cancellation));

    public Task<bool> IsAssignedAsync(Guid caseId, Guid staffId) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().CaseAssignments
            .AnyAsync(a => a.CaseId == caseId && a.StaffId == staffId && a.EndedAt == null, Cancellation));

    /// <summary>Moves a task's due date, e.g. into the past, which no request allows.</summary>
    public Task SetTaskDueOnAsync(Guid taskId, DateOnly dueOn) => app.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<CasewellDbContext>();
        var task = await db.Tasks.SingleAsync(t => t.Id == taskId, Cancellation);
        Assert.True(task.Reschedule(dueOn).Succeeded);
        await db.SaveChangesAsync(Cancellation);
    });

    /// <summary>Moves the case's dates as if time had passed: what the overdue sweep and the calendar would show.</summary>
    public Task SetDatesAsync(Guid caseId, int? referredDaysAgo = null, int? openedDaysAgo = null, int? contactDueInDays = null, int? lastContactDaysAgo = null) =>
        app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<CasewellDbContext>();
            var now = s.GetRequiredService<TimeProvider>().GetUtcNow();
            var today = s.GetRequiredService<AgencyCalendar>().Today();
            var cases = db.Cases.Where(c => c.Id == caseId);
            if (referredDaysAgo is { } r) await cases.ExecuteUpdateAsync(u => u.SetProperty(c => c.ReferredAt, now.AddDays(-r)), Cancellation);
            if (openedDaysAgo is { } o) await cases.ExecuteUpdateAsync(u => u.SetProperty(c => c.OpenedAt, now.AddDays(-o)), Cancellation);
            if (contactDueInDays is { } d) await cases.ExecuteUpdateAsync(u => u.SetProperty(c => c.NextContactDue, today.AddDays(d)), Cancellation);
            if (lastContactDaysAgo is { } l) await cases.ExecuteUpdateAsync(u => u.SetProperty(c => c.LastContactAt, now.AddDays(-l)), Cancellation);
        });
}
