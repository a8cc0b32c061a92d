using Casewell.Access;
using Casewell.Clients.Matching;
using Casewell.Common;
using Casewell.Data;
using Casewell.Security;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Clients;

public sealed record DuplicateCheck(ClientDetails Details, IReadOnlyList<AliasInput>? Aliases, IReadOnlyList<IdentifierInput>? Identifiers, Guid? ExcludeClientId = null);

public sealed record DuplicateCandidate(
    Guid ClientId,
    string DisplayName,
    string LegalName,
    DateOnly? BirthDate,
    BirthDatePrecision BirthDatePrecision,
    string? City,
    int Score,
    MatchStrength Strength,
    IReadOnlyList<Message> Reasons,
    ClientView View,
    IReadOnlyList<ClientKnownIn> KnownIn);

/// <summary>
/// Who among existing clients may be the person at intake. Looks up only the clients sharing a blocking key
/// with the query (an indexed lookup, however many clients there are), then scores those few. A check that
/// carries identifiers is an exact identifier lookup: it counts against the same per-person limit as search and
/// is audited as keyed hashes with who was shown (<see cref="IdentifierLookups"/>; decision record 0010).
/// </summary>
public sealed class FindDuplicateCandidatesHandler(CasewellDbContext db, ClientAccess access, ListReads lists, FieldProtection protection, IdentifierLookups lookups,
    RestrictedRecords restricted)
{
    public const int MaxShown = 10;
    private const int MaxScored = 200;

    public async Task<Result<IReadOnlyList<DuplicateCandidate>>> Handle(DuplicateCheck request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanRead || request.Details?.LegalName is null) return Result<IReadOnlyList<DuplicateCandidate>>.Ok([]);
        // Oversized or unstorable input is refused at its field, for registration and the API alike.
        var texts = new Common.Validation();
        ClientRules.CheckTexts(texts, request.Details, request.Aliases, request.Identifiers);
        if (texts.HasErrors) return Result<IReadOnlyList<DuplicateCandidate>>.Invalid(texts.ToDictionary());
        var query = SubjectOf(request);
        var candidates = await CandidatesAsync(request, query, ct);
        if (query.Identifiers.Count > 0)
        {
            var searched = AuditHashesOf(request);
            if (await lookups.RecordAsync("duplicate check", searched, candidates.Select(c => c.ClientId).ToList(), ct) is { } retryAfter)
                return Result<IReadOnlyList<DuplicateCandidate>>.TooMany(
                    new Message(ClientMessages.DuplicateCheckLimit, Math.Ceiling(retryAfter.TotalMinutes)), retryAfter);
        }
        else
        {
            // Scored in memory after their query, so the list is recorded as it will be shown: who came up, not who was scored.
            await lists.RecordShownAsync(ListRead.DuplicateCandidates, [.. candidates.Select(c => c.ClientId)], null, ct);
        }
        return Result<IReadOnlyList<DuplicateCandidate>>.Ok(candidates);
    }

    /// <summary>
    /// The restricted clients, hidden from the actor, who would have been candidates: intake is told only that there
    /// are some (never who), and the privacy officer is told who. Scored as candidates are, so a shared name key alone
    /// does not raise the warning. Read with the same input checks as <see cref="Handle"/>, which the caller has run.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> RestrictedMatchesAsync(DuplicateCheck request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanRegister || request.Details?.LegalName is null) return [];
        var query = SubjectOf(request);
        var keys = MatchKeys.Query(query).ToList();
        if (keys.Count == 0) return [];
        var hiddenIds = await (
                from k in db.ClientMatchKeys.AsNoTracking()
                join c in restricted.HiddenFromActor(db.Clients) on k.ClientId equals c.Id
                where keys.Contains(k.Key)
                select k.ClientId)
            .Distinct().Take(MaxScored).ToListAsync(ct);
        if (hiddenIds.Count == 0) return [];
        var hidden = await db.Clients.AsNoTracking().AsSplitQuery()
            .Include(c => c.Aliases).Include(c => c.Identifiers)
            .Where(c => hiddenIds.Contains(c.Id))
            .ToListAsync(ct);
        return [.. hidden.Where(c => MatchScorer.Score(query, MatchSubject.FromClient(c)).Strength != MatchStrength.Unlikely).Select(c => c.Id)];
    }

    private async Task<IReadOnlyList<DuplicateCandidate>> CandidatesAsync(DuplicateCheck request, MatchSubject query, CancellationToken ct)
    {
        var keys = MatchKeys.Query(query).ToList();
        if (keys.Count == 0) return [];

        // A join, not "ClientId IN (readable ids)": given the IN form, SQLite walked every readable client's keys
        // (2 to 4 seconds at 100,000 clients) instead of looking the query's keys up by the key index.
        var candidateIds = await (
                from k in db.ClientMatchKeys.AsNoTracking()
                join c in access.Recognisable(db.Clients) on k.ClientId equals c.Id
                where keys.Contains(k.Key)
                group k by k.ClientId into shared
                orderby shared.Count() descending
                select shared.Key)
            .Take(MaxScored)
            .ToListAsync(ct);
        if (request.ExcludeClientId is { } excluded) candidateIds.Remove(excluded);
        if (candidateIds.Count == 0) return [];

        // The whole record is scored in memory, but only what the actor may see of it leaves this handler.
        var candidates = await db.Clients.AsNoTracking().AsSplitQuery()
            .Include(c => c.Aliases).Include(c => c.Identifiers)
            .Where(c => candidateIds.Contains(c.Id))
            .ToListAsync(ct);
        var best = candidates
            .Select(c => (Client: c, Match: MatchScorer.Score(query, MatchSubject.FromClient(c))))
            .Where(m => m.Match.Strength != MatchStrength.Unlikely)
            .OrderByDescending(m => m.Match.Score).ThenBy(m => m.Client.SortLastName).ThenBy(m => m.Client.SortFirstName)
            .Take(MaxShown)
            .ToList();
        var bestIds = best.Select(m => m.Client.Id).ToList();
        var readable = (await access.Readable(db.Clients).Where(c => bestIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var knownIn = await ClientRecognition.KnownInAsync(db, access.Mentionable(db.Cases), [.. bestIds.Where(id => !readable.Contains(id))], ct);
        return best
            .Select(m => readable.Contains(m.Client.Id)
                ? new DuplicateCandidate(m.Client.Id, m.Client.DisplayName, m.Client.LegalName.Full, m.Client.BirthDate,
                    m.Client.BirthDatePrecision, m.Client.Address.City, m.Match.Score, m.Match.Strength, m.Match.Reasons.Select(r => r.Message).ToList(),
                    ClientView.Profile, [])
                : new DuplicateCandidate(m.Client.Id, m.Client.DisplayName, m.Client.LegalName.Full, m.Client.BirthDate,
                    m.Client.BirthDatePrecision, null, m.Match.Score, m.Match.Strength, m.Match.Reasons.Select(r => r.Message).ToList(),
                    ClientView.Recognition, knownIn.GetValueOrDefault(m.Client.Id) ?? []))
            .ToList();
    }

    private static IEnumerable<IdentifierInput> UsableIdentifiers(DuplicateCheck request) => (request.Identifiers ?? [])
        .Where(i => i is not null && !string.IsNullOrWhiteSpace(i.Value) && i.Value.Length <= ClientIdentifier.MaxValueLength);

    private List<string> AuditHashesOf(DuplicateCheck request) => UsableIdentifiers(request)
        .Select(i => $"{i.Kind}:{protection.AuditHash(i.Kind.ToString(), ClientRules.Normalize(i.Kind, i.Value))}").ToList();

    private MatchSubject SubjectOf(DuplicateCheck request)
    {
        var d = request.Details;
        var others = (request.Aliases ?? []).Where(a => a is not null).Select(a => new PersonName(a.First ?? "", a.Middle, a.Last ?? "")).ToList();
        var identifiers = UsableIdentifiers(request)
            .Select(i => new IdentifierHash(i.Kind, protection.LookupHash(i.Kind.ToString(), ClientRules.Normalize(i.Kind, i.Value))))
            .ToList();
        return new MatchSubject(d.LegalName, others, d.PreferredName, d.BirthDate, d.BirthDatePrecision, identifiers);
    }
}
