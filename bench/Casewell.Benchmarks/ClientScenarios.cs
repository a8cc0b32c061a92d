using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Clients;
using Casewell.Clients.Matching;

namespace Casewell.Benchmarks;

/// <summary>
/// Intake's two lookups: the search box and the duplicate check before a registration. Inputs are real
/// people of the seeded database, spread over it, as typed and as mistyped.
/// </summary>
internal sealed class ClientScenarios(BenchApp app, FloorDatabase floor)
{
    private const int People = 200;
    private const int PageSize = 25;

    // The search's columns, one page, exact prefixes and near spellings (blocking keys) together.
    private const string SearchColumns = """c."Id", c."FirstName", c."MiddleName", c."LastName", c."PreferredName", c."BirthDate", c."BirthDatePrecision", c."AddressCity" """;

    private sealed record Person(string First, string Last, DateOnly? BirthDate);

    public async Task<IReadOnlyList<Scenario>> BuildAsync()
    {
        var everyone = await floor.RowsAsync("""SELECT "FirstName", "LastName", "BirthDate" FROM "Clients" ORDER BY "Id" """);
        var people = everyone.Where((_, i) => i % Math.Max(1, everyone.Count / People) == 0).Take(People)
            .Select(r => new Person((string)r[0]!, (string)r[1]!, r[2] switch
            {
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                string s => DateOnly.Parse(s, CultureInfo.InvariantCulture),
                _ => null,
            })).ToList();
        var intake = await app.SignedInAsync("intake");
        return
        [
            Search("client search by name", intake, [.. people.Select(p => $"{p.First} {p.Last}")]),
            Search("client search, misspelled", intake, [.. people.Select(p => $"{p.First} {Misspell(p.Last)}")]),
            DuplicateCheck(intake, [.. people.Select((p, i) => i % 2 == 0 ? p : p with { First = Misspell(p.First) })]),
        ];
    }

    private Scenario Search(string name, HttpClient intake, IReadOnlyList<string> texts)
    {
        var paths = texts.Select(t => $"/api/v1/clients?q={Uri.EscapeDataString(t)}&pageSize={PageSize}").ToList();
        return new Scenario(name, "intake worker", 100,
            async i =>
            {
                var page = await intake.GetFromJsonAsync<JsonElement>(paths[i % paths.Count]);
                return page.GetProperty("results").GetArrayLength();
            },
            i => SearchFloorAsync(texts[i % texts.Count]))
        {
            Requests = [.. paths.Select(p => new WrkRequest("GET", p))],
        };
    }

    /// <summary>First and last name as prefixes either way round, or a shared blocking key; sorted by name.</summary>
    private Task<int> SearchFloorAsync(string text)
    {
        var tokens = NameText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keys = MatchKeys.SearchKeys(text).ToList();
        var (first, last) = (tokens[0], tokens[^1]);
        object?[] parameters = [first, first + '\uffff', last, last + '\uffff', .. keys];
        var sql = $"""
            SELECT {SearchColumns} FROM "Clients" AS c
            WHERE c."Id" IN (
                SELECT "Id" FROM "Clients" WHERE "SortLastName" >= @p2 AND "SortLastName" < @p3 AND "SortFirstName" >= @p0 AND "SortFirstName" < @p1
                UNION SELECT "Id" FROM "Clients" WHERE "SortLastName" >= @p0 AND "SortLastName" < @p1 AND "SortFirstName" >= @p2 AND "SortFirstName" < @p3
                UNION SELECT "ClientId" FROM "ClientMatchKeys" WHERE "Key" IN ({FloorDatabase.List(4, keys.Count)}))
            ORDER BY c."SortLastName", c."SortFirstName", c."Id"
            LIMIT {PageSize}
            """;
        return floor.ReadAsync(sql, parameters);
    }

    private Scenario DuplicateCheck(HttpClient intake, IReadOnlyList<Person> people)
    {
        var bodies = people.Select(p => JsonSerializer.Serialize(new
        {
            details = new
            {
                legalName = new { first = p.First, middle = (string?)null, last = p.Last },
                birthDate = p.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                birthDatePrecision = "Exact",
            },
            aliases = Array.Empty<object>(),
            identifiers = Array.Empty<object>(),
        })).ToList();
        return new Scenario("duplicate check at intake", "intake worker", 100,
            async i =>
            {
                using var content = new StringContent(bodies[i % bodies.Count], System.Text.Encoding.UTF8, "application/json");
                using var response = await intake.PostAsync("/api/v1/clients/duplicate-candidates", content);
                response.EnsureSuccessStatusCode();
                return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength();
            },
            i => DuplicateFloorAsync(people[i % people.Count]))
        {
            Requests = [.. bodies.Select(b => new WrkRequest("POST", "/api/v1/clients/duplicate-candidates", b))],
        };
    }

    /// <summary>The candidates sharing the most blocking keys with the person at intake: the rows the check then scores.</summary>
    private Task<int> DuplicateFloorAsync(Person person)
    {
        var subject = new MatchSubject(new PersonName(person.First, null, person.Last), [], null, person.BirthDate, BirthDatePrecision.Exact, []);
        var keys = MatchKeys.Query(subject).ToList();
        var sql = $"""
            SELECT {SearchColumns}, k.shared FROM (
                SELECT "ClientId", COUNT(*) AS shared FROM "ClientMatchKeys" WHERE "Key" IN ({FloorDatabase.List(0, keys.Count)})
                GROUP BY "ClientId" ORDER BY shared DESC LIMIT 200) AS k
            JOIN "Clients" AS c ON c."Id" = k."ClientId"
            """;
        return floor.ReadAsync(sql, [.. keys]);
    }

    /// <summary>Two letters swapped in the middle: the most common typing slip.</summary>
    private static string Misspell(string name)
    {
        if (name.Length < 4) return name;
        var i = name.Length / 2;
        return string.Concat(name.AsSpan(0, i - 1), name.AsSpan(i, 1), name.AsSpan(i - 1, 1), name.AsSpan(i + 1));
    }
}
