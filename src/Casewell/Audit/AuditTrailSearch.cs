using System.Globalization;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Audit;

/// <summary>
/// The filtered trail, a page at a time by keyset (newest first, below a sequence number; never OFFSET, which reads
/// every skipped row), written so each filter can walk its index: (ClientId, Sequence), (ActorId, Sequence),
/// (EntityType, EntityId, Sequence), (Action, Sequence), (OccurredAt), and AuditEntryClients (ClientId, EntryId).
/// The views and the export share it; recording the read is theirs.
/// </summary>
public sealed class AuditTrailSearch(CasewellDbContext db, AgencyCalendar calendar)
{
    private IReadOnlySet<string>? known;

    /// <summary>The action names the filter accepts: the well-known ones and the writes of every type the model holds.</summary>
    public IReadOnlySet<string> KnownActions => known ??= AuditActionGroups.Known(WrittenTypes);

    private IEnumerable<string> WrittenTypes => db.Model.GetEntityTypes().Select(e => e.ClrType.Name).Distinct();

    /// <summary>Up to <paramref name="size"/> lines below <paramref name="before"/>, newest first.</summary>
    public async Task<List<AuditLine>> PageAsync(AuditTrailQuery query, long? before, int size, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var entries = Filtered(query, before);
        if (query.ClientId is not { } clientId) return await Lines(entries, size).ToListAsync(ct);

        // About a client: the entries that name them, and the list entries that showed them. One OR of the two would
        // stop either index from being walked in order; two keyset pages, each on its own index, merged here, do not.
        var named = await Lines(entries.Where(a => a.ClientId == clientId), size).ToListAsync(ct);
        var shown = await Lines(entries.Where(a => db.AuditEntryClients.Any(c => c.ClientId == clientId && c.EntryId == a.Id)), size).ToListAsync(ct);
        return [.. named.Concat(shown).DistinctBy(l => l.Sequence).OrderByDescending(l => l.Sequence).Take(size)];
    }

    /// <summary>The filters in words for the audit entry that records their use: what the auditor asked to see.</summary>
    public static string Describe(AuditTrailQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        if (query.ClientId is { } client) parts.Add($"client {client}");
        if (query.CaseId is { } @case) parts.Add($"case {@case}");
        if (query.ActorId is { } actor) parts.Add($"actor {actor}");
        if (query.Groups.Count > 0) parts.Add("groups " + string.Join(",", query.Groups));
        if (query.Actions.Count > 0) parts.Add("actions " + string.Join(",", query.Actions));
        if (query.From is { } from) parts.Add("from " + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (query.To is { } to) parts.Add("to " + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (query.Before is { } b) parts.Add("before " + b.ToString(CultureInfo.InvariantCulture));
        var text = parts.Count == 0 ? "all entries" : string.Join("; ", parts);
        return text.Length <= AuditEntry.MaxDetailsLength ? text : text[..AuditEntry.MaxDetailsLength];
    }

    private IQueryable<AuditEntry> Filtered(AuditTrailQuery query, long? before)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.ActorId is { } actorId) entries = entries.Where(a => a.ActorId == actorId);
        if (query.CaseId is { } caseId)
        {
            // The case's own entries: its views and the views of its parts, its changes. The writes of its tasks and
            // contacts are named by their own ids (and by the client), so the client's filter finds those.
            var key = caseId.ToString();
            entries = entries.Where(a => a.EntityType == nameof(Case) && a.EntityId == key);
        }
        var actions = ActionNames(query);
        if (actions.Count > 0) entries = entries.Where(a => actions.Contains(a.Action));
        if (query.From is { } from)
        {
            var start = calendar.At(from, TimeOnly.MinValue);
            entries = entries.Where(a => a.OccurredAt >= start);
        }
        if (query.To is { } to)
        {
            var end = calendar.At(to.AddDays(1), TimeOnly.MinValue);
            entries = entries.Where(a => a.OccurredAt < end);
        }
        if (before is { } b) entries = entries.Where(a => a.Sequence < b);
        return entries;
    }

    private List<string> ActionNames(AuditTrailQuery query)
    {
        var names = new HashSet<string>(query.Actions, StringComparer.Ordinal);
        foreach (var group in query.Groups) names.UnionWith(AuditActionGroups.Names(group, WrittenTypes));
        return [.. names.Order(StringComparer.Ordinal)];
    }

    private static IQueryable<AuditLine> Lines(IQueryable<AuditEntry> entries, int size) =>
        entries.OrderByDescending(a => a.Sequence).Take(size)
            .Select(a => new AuditLine(a.Sequence, a.OccurredAt, a.ActorId, a.ActorName, a.Action, a.EntityType, a.EntityId, a.ClientId, a.Details, a.Source));
}
