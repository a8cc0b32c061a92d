using Casewell.Cases;
using Casewell.Contacts;
using Casewell.Data;
using Casewell.Tasks;

namespace Casewell.Demo;

/// <summary>
/// Writes generated cases with their assignments, members, timeline, tasks and contacts, batch by batch,
/// through <see cref="BulkLoad.InsertAsync{T}"/>: the entities are made by their own methods, only the writing skips
/// the change tracker.
/// </summary>
internal sealed class DemoCaseWriter(BulkLoad inserter, int rowsPerBatch)
{
    private readonly List<Case> cases = [];
    private readonly List<CaseAssignment> assignments = [];
    private readonly List<CaseMember> members = [];
    private readonly List<CaseEvent> events = [];
    private readonly List<CaseTask> tasks = [];
    private readonly List<CaseContact> contacts = [];
    private int pending;

    public int Cases { get; private set; }
    public int OpenCases { get; private set; }
    public int Tasks { get; private set; }
    public int Contacts { get; private set; }
    public int TimelineEntries { get; private set; }

    /// <returns>Whether a batch was written, for progress reports.</returns>
    public async Task<bool> WriteAsync(DemoCaseFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        var @case = file.Case;
        cases.Add(@case);
        assignments.AddRange(@case.Assignments);
        members.AddRange(@case.Members);
        events.AddRange(@case.NewEvents);
        tasks.AddRange(file.Tasks);
        contacts.AddRange(file.Contacts);
        Cases++;
        if (@case.IsActive) OpenCases++;
        Tasks += file.Tasks.Count;
        Contacts += file.Contacts.Count;
        TimelineEntries += @case.NewEvents.Count;
        pending += file.Rows;
        if (pending < rowsPerBatch) return false;
        await FlushAsync(ct);
        return true;
    }

    /// <summary>Cases first: every other row refers to its case.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await inserter.InsertAsync(cases, ct);
        await inserter.InsertAsync(assignments, ct);
        await inserter.InsertAsync(members, ct);
        await inserter.InsertAsync(events, ct);
        await inserter.InsertAsync(tasks, ct);
        await inserter.InsertAsync(contacts, ct);
        cases.Clear();
        assignments.Clear();
        members.Clear();
        events.Clear();
        tasks.Clear();
        contacts.Clear();
        pending = 0;
    }
}
