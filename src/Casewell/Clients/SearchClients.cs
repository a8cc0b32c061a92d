using System.Globalization;
using Casewell.Access;
using Casewell.Clients.Matching;
using Casewell.Common;
using Casewell.Data;
using Casewell.Security;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Clients;

public sealed record SearchClients(string? Text, int Page = 1, int PageSize = 25);

/// <summary>
/// One search row. A client the searcher may not read comes as <see cref="ClientView.Recognition"/>: no city, and the
/// programs that know them with whom to ask (<see cref="KnownIn"/>), so the searcher can recognise the person and turn
/// to the right colleague (or break the glass) without seeing the record.
/// </summary>
public sealed record ClientSummary(Guid Id, string DisplayName, string LegalName, DateOnly? BirthDate, BirthDatePrecision BirthDatePrecision, string? City,
    ClientView View, IReadOnlyList<ClientKnownIn> KnownIn);

public sealed record ClientSearchPage(IReadOnlyList<ClientSummary> Results, int Page, int PageSize, bool HasMore);

/// <summary>
/// The search box: a name (typo-tolerant: "jon smtih" finds John Smith), a date of birth, an identifier, or a
/// name with a date. Exact prefixes come first, from the name index; then near spellings, from the blocking
/// keys. Both are indexed look-ups, so the cost does not grow with the number of clients. An identifier is an
/// exact lookup, so it answers only for clients the searcher reaches through their work, is limited per person,
/// and is audited as a keyed hash with who was shown (<see cref="IdentifierLookups"/>).
/// </summary>
public sealed class SearchClientsHandler(CasewellDbContext db, ClientAccess access, ListReads lists, FieldProtection protection, IdentifierLookups lookups)
{
    public const int MaxTextLength = 200;
    public const int MaxPageSize = 100;
    private const int MaxMatches = 500;
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy", "M-d-yyyy"];

    public async Task<Result<ClientSearchPage>> Handle(SearchClients request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var size = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        // Text no name or identifier holds (a control character, a NUL) is refused here, for the page and the API alike.
        var shape = new Validation();
        shape.SingleLine("q", request.Text, MaxTextLength, new Message(ClientMessages.SearchText));
        if (shape.HasErrors) return Result<ClientSearchPage>.Invalid(shape.ToDictionary());
        var text = (request.Text ?? "").Trim();
        if (!access.CanRead || text.Length == 0) return Result<ClientSearchPage>.Ok(new([], page, size, false));

        // Those who register clients find everyone (is this person already known?); what a row shows depends on the relationship.
        var findable = access.Recognisable(db.Clients).AsNoTracking();
        var readable = access.Readable(db.Clients);
        var (nameText, birthDate) = SplitDate(text);
        List<Guid> ids;
        var byIdentifier = false;
        if (nameText.Length == 0 && birthDate is { } onlyDate)
        {
            ids = await findable.Where(c => c.BirthDate == onlyDate).OrderBy(c => c.SortLastName).ThenBy(c => c.SortFirstName)
                .Select(c => c.Id).Take(MaxMatches).ToListAsync(ct);
        }
        else if (LooksLikeIdentifier(nameText))
        {
            var hashes = Enum.GetValues<IdentifierKind>()
                .Select(k => (Kind: k, Value: ClientRules.Normalize(k, nameText)))
                .Where(x => x.Value.Length >= 4)
                .Select(x => protection.LookupHash(x.Kind.ToString(), x.Value)).ToList();
            ids = await access.ReachedThroughWork(db.Clients).AsNoTracking().Where(c => c.Identifiers.Any(i => hashes.Contains(i.LookupHash)))
                .Select(c => c.Id).Take(MaxMatches).ToListAsync(ct);
            byIdentifier = true;
        }
        else
        {
            ids = await NameMatchesAsync(findable, nameText, birthDate, ct);
        }

        // In long: (page - 1) * size overflows int for a page near int.MaxValue, and a negative skip would show the first page.
        var skipped = (long)(page - 1) * size;
        var pageIds = ids.Skip((int)Math.Min(skipped, ids.Count)).Take(size).ToList();
        var shown = findable.Where(c => pageIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.FirstName,
                c.MiddleName,
                c.LastName,
                c.PreferredName,
                c.BirthDate,
                c.BirthDatePrecision,
                c.Address.City,
                Readable = readable.Any(r => r.Id == c.Id),
            });
        // An identifier lookup is recorded, with whom it showed, by the lookup limit's own entry (below): one entry a request.
        var rows = (byIdentifier ? await shown.ToListAsync(ct) : await lists.ShowAllAsync(shown, c => c.Id, ListRead.Search, null, ct))
            .ToDictionary(c => c.Id);
        var knownIn = await ClientRecognition.KnownInAsync(db, access.Mentionable(db.Cases), [.. rows.Values.Where(r => !r.Readable).Select(r => r.Id)], ct);
        var results = pageIds.Where(rows.ContainsKey).Select(id => rows[id]).Select(c => new ClientSummary(c.Id,
            $"{c.PreferredName ?? c.FirstName} {c.LastName}", new PersonName(c.FirstName, c.MiddleName, c.LastName).Full,
            c.BirthDate, c.BirthDatePrecision, c.Readable ? c.City : null,
            c.Readable ? ClientView.Profile : ClientView.Recognition,
            c.Readable ? [] : knownIn.GetValueOrDefault(c.Id) ?? [])).ToList();

        if (byIdentifier)
        {
            var searched = protection.AuditHash("search", new string(nameText.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray()));
            if (await lookups.RecordAsync("search", [searched], results.Select(r => r.Id).ToList(), ct) is { } retryAfter)
                return Result<ClientSearchPage>.TooMany(
                    new Message(ClientMessages.LookupLimit, Math.Ceiling(retryAfter.TotalMinutes)),
                    retryAfter);
        }
        return Result<ClientSearchPage>.Ok(new ClientSearchPage(results, page, size, ids.Count > skipped + size));
    }

    private async Task<List<Guid>> NameMatchesAsync(IQueryable<Client> findable, string text, DateOnly? birthDate, CancellationToken ct)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0) return [];
        var filtered = birthDate is { } date ? findable.Where(c => c.BirthDate == date) : findable;

        IQueryable<Client> prefix;
        if (tokens.Count == 1)
        {
            var (low, high) = Range(tokens[0]);
            prefix = filtered.Where(c => c.SortLastName.CompareTo(low) >= 0 && c.SortLastName.CompareTo(high) < 0);
        }
        else
        {
            var (firstLow, firstHigh) = Range(tokens[0]);
            var (lastLow, lastHigh) = Range(tokens[^1]);
            prefix = filtered.Where(c =>
                (c.SortLastName.CompareTo(lastLow) >= 0 && c.SortLastName.CompareTo(lastHigh) < 0
                    && c.SortFirstName.CompareTo(firstLow) >= 0 && c.SortFirstName.CompareTo(firstHigh) < 0)
                || (c.SortLastName.CompareTo(firstLow) >= 0 && c.SortLastName.CompareTo(firstHigh) < 0
                    && c.SortFirstName.CompareTo(lastLow) >= 0 && c.SortFirstName.CompareTo(lastHigh) < 0));
        }
        var exact = await prefix.OrderBy(c => c.SortLastName).ThenBy(c => c.SortFirstName).ThenBy(c => c.Id)
            .Select(c => c.Id).Take(MaxMatches).ToListAsync(ct);

        var keys = MatchKeys.SearchKeys(text).ToList();
        if (keys.Count == 0 || exact.Count >= MaxMatches) return exact;
        var nearIds = db.ClientMatchKeys.Where(k => keys.Contains(k.Key)).Select(k => k.ClientId);
        var near = await filtered.Where(c => nearIds.Contains(c.Id))
            .OrderBy(c => c.SortLastName).ThenBy(c => c.SortFirstName).ThenBy(c => c.Id)
            .Select(c => c.Id).Take(MaxMatches).ToListAsync(ct);
        var seen = exact.ToHashSet();
        return [.. exact, .. near.Where(seen.Add)];
    }

    /// <summary>A folded prefix as a half-open range, so the search is an index range scan on both databases.</summary>
    private static (string Low, string High) Range(string prefix) => (prefix, prefix + '\uffff');

    private static List<string> Tokens(string text)
    {
        // "Smith, John" means last name first.
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var ordered = comma > 0 ? $"{text[(comma + 1)..]} {text[..comma]}" : text;
        return NameText.Fold(ordered).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static (string Name, DateOnly? BirthDate) SplitDate(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            if (DateOnly.TryParseExact(part, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return (string.Join(' ', parts.Where(p => p != part)), date);
        }
        return (text, null);
    }

    private static bool LooksLikeIdentifier(string text) =>
        text.Any(char.IsAsciiDigit) && text.Count(char.IsAsciiLetterOrDigit) >= 4 && !text.Contains(' ', StringComparison.Ordinal);
}
