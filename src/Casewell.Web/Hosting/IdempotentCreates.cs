using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Casewell.Access;
using Casewell.Data;
using Casewell.Idempotency;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Casewell.Web.Hosting;

/// <summary>
/// The <c>Idempotency-Key</c> header (IETF draft "The Idempotency-Key HTTP Header Field") on the API's creates:
/// a retry with the same key and request is answered with the first answer, status and body, and creates
/// nothing. The create, the record of its answer and the answer itself are one transaction, so a crash between
/// the commit and the answer leaves a record to answer the retry with (decision record 0012).
/// </summary>
internal static class IdempotentCreates
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>
    /// Every POST that makes a new record, and so is not idempotent by itself. State changes (transitions,
    /// assignments, task completion) carry If-Match and cannot happen twice; session and duplicate checks create nothing.
    /// </summary>
    private static readonly HashSet<string> CreateRoutes = new(StringComparer.OrdinalIgnoreCase)
    {
        "/api/v1/staff",
        "/api/v1/programs",
        "/api/v1/teams",
        "/api/v1/clients",
        "/api/v1/clients/{clientId:guid}/relationships",
        "/api/v1/clients/{clientId:guid}/collaterals",
        "/api/v1/clients/{clientId:guid}/consents",
        "/api/v1/clients/{clientId:guid}/disclosures",
        "/api/v1/clients/{clientId:guid}/emergency-access",
        "/api/v1/case-types",
        "/api/v1/cases",
        "/api/v1/cases/{caseId:guid}/tasks",
        "/api/v1/cases/{caseId:guid}/contacts",
        "/api/v1/cases/{caseId:guid}/notes",
        "/api/v1/notes/{noteId:guid}/addenda",
        // A document's retry is known by its key and record: the file itself is not part of the request hash.
        "/api/v1/clients/{clientId:guid}/documents",
        "/api/v1/cases/{caseId:guid}/documents",
        "/api/v1/cases/{caseId:guid}/hearings",
        "/api/v1/cases/{caseId:guid}/court-reports",
    };

    /// <summary>A concurrent request with the same key waits this long for the first to finish before it is told 409.</summary>
    private const string InFlightWait = "3s";

    /// <summary>The header as the OpenAPI document shows it: a key not accepted is 400, one still in flight 409, one reused 422.</summary>
    private static readonly ApiResponses.RequestHeader Header = new(HeaderName, Required: false,
        "Any unique key (a UUID): a retry with the same key and request is answered as the first was, and creates nothing again.",
        [StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity]);

    private static readonly string[] ReplayedHeaders = ["Content-Type", "Location", "ETag"];

    public static RouteGroupBuilder WithIdempotentCreates(this RouteGroupBuilder api)
    {
        // A convention sees the endpoint's route; filter factories alone do not.
        ((IEndpointConventionBuilder)api).Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } pattern } && CreateRoutes.Contains(pattern.TrimEnd('/')))
            {
                endpoint.FilterFactories.Add((_, next) => context => InvokeAsync(context, next));
                if (endpoint.Metadata.OfType<IHttpMethodMetadata>().Any(m => m.HttpMethods.Contains(HttpMethods.Post))) endpoint.Metadata.Add(Header);
            }
        });
        return api;
    }

    private static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var values = http.Request.Headers[HeaderName];
        // The routes' GETs share their patterns.
        if (values.Count == 0 || !HttpMethods.IsPost(http.Request.Method)) return await next(context);
        if (!TryReadKey(values, out var key))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Idempotency-Key not accepted",
                detail: $"Send one key of 1 to {IdempotencyRecord.MaxKeyLength} printable ASCII characters, e.g. a UUID.");
        var staff = http.RequestServices.GetRequiredService<CurrentStaff>();
        if (!staff.IsSignedIn) return await next(context);

        var db = http.RequestServices.GetRequiredService<CasewellDbContext>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var ct = http.RequestAborted;
        var endpoint = $"{http.Request.Method} {http.Request.Path}";
        if (endpoint.Length > IdempotencyRecord.MaxEndpointLength) return await next(context);
        var hash = RequestHash(endpoint, context.Arguments, http.RequestServices);

        await using (var write = await db.BeginWriteAsync(ct))
        {
            var staffId = staff.Id;
            var expired = now - IdempotencyRecord.Lifetime;
            await db.IdempotencyRecords.Where(r => r.StaffId == staffId && r.CreatedAt < expired).ExecuteDeleteAsync(ct);
            var earlier = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.StaffId == staffId && r.Key == key, ct);
            if (earlier is not null)
            {
                await write.CommitAsync(ct);
                return Replay(earlier, endpoint, hash);
            }
            if (await TryClaimAsync(db, new IdempotencyRecord(staffId, key, endpoint, hash, now), ct))
            {
                var answer = await next(context);
                await AnswerAndRecordAsync(http, db, write, staffId, key, answer as IResult ?? TypedResults.Ok(answer), ct);
                return Results.Empty;
            }
        }
        // The key was taken by a request running at the same moment: answer with its answer if it has finished.
        var other = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.StaffId == staff.Id && r.Key == key, ct);
        return other is not null
            ? Replay(other, endpoint, hash)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Request in progress",
                detail: "A request with this Idempotency-Key is still being processed. Retry in a moment.");
    }

    /// <summary>
    /// Inserts the record first, in the create's transaction: a second request with the key waits on the row
    /// (PostgreSQL, up to <see cref="InFlightWait"/>) or on the turn to write (SQLite), then finds it taken.
    /// </summary>
    private static async Task<bool> TryClaimAsync(CasewellDbContext db, IdempotencyRecord claim, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        if (postgres) await db.Database.ExecuteSqlRawAsync($"SET LOCAL lock_timeout = '{InFlightWait}'", ct);
        db.IdempotencyRecords.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (IsKeyTaken(e))
        {
            return false;
        }
        finally
        {
            // The use case that follows has a change tracker of its own to fill.
            db.Entry(claim).State = EntityState.Detached;
        }
        if (postgres) await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout TO DEFAULT", ct);
        return true;
    }

    private static bool IsKeyTaken(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException p => p.SqlState is Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.LockNotAvailable,
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19,
        _ => false,
    };

    /// <summary>
    /// Writes the answer into a buffer, records it when it is a success, commits, then sends it. A refusal is
    /// not recorded (the claim is taken back): it changed nothing, and the client may correct the request and
    /// send it again with the same key.
    /// </summary>
    private static async Task AnswerAndRecordAsync(HttpContext http, CasewellDbContext db, WriteTransaction write, Guid staffId, string key,
        IResult answer, CancellationToken ct)
    {
        var body = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await answer.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = body;
        }
        var status = http.Response.StatusCode;
        var record = db.IdempotencyRecords.Where(r => r.StaffId == staffId && r.Key == key);
        if (status is >= 200 and < 300)
        {
            var headers = JsonSerializer.Serialize(ReplayedHeaders.Where(h => http.Response.Headers.ContainsKey(h))
                .ToDictionary(h => h, h => http.Response.Headers[h].ToString()));
            var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            await record.ExecuteUpdateAsync(s => s.SetProperty(r => r.StatusCode, status)
                .SetProperty(r => r.ResponseHeaders, headers).SetProperty(r => r.ResponseBody, text), ct);
        }
        else
        {
            await record.ExecuteDeleteAsync(ct);
        }
        await write.CommitAsync(ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(body, ct);
    }

    private static IResult Replay(IdempotencyRecord earlier, string endpoint, string hash)
    {
        if (earlier.Endpoint != endpoint || earlier.RequestHash != hash)
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused",
                detail: "This Idempotency-Key was sent with a different request. Use a new key for a new request.");
        return new ReplayedAnswer(earlier);
    }

    private static bool TryReadKey(Microsoft.Extensions.Primitives.StringValues values, out string key)
    {
        key = values.Count == 1 ? values[0] ?? "" : "";
        // The draft's key is a structured-field string ("..."); a bare token is what most clients send.
        if (key.Length >= 2 && key[0] == '"' && key[^1] == '"') key = key[1..^1];
        return key.Length is > 0 and <= IdempotencyRecord.MaxKeyLength && key.All(c => c is >= ' ' and <= '~');
    }

    /// <summary>
    /// The request as the endpoint bound it (route values and body, as JSON), so that a retry whose JSON differs
    /// only in spacing or property order is the same request. Services and the HTTP context are not the request.
    /// </summary>
    private static string RequestHash(string endpoint, IList<object?> arguments, IServiceProvider services)
    {
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var request = new StringBuilder(endpoint);
        foreach (var argument in arguments)
        {
            if (argument is HttpContext or HttpRequest or HttpResponse or CancellationToken) continue;
            if (argument is not null && isService.IsService(argument.GetType())) continue;
            request.Append('\n').Append(argument is null ? "null" : JsonSerializer.Serialize(argument, argument.GetType(), json));
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.ToString())));
    }

    private sealed class ReplayedAnswer(IdempotencyRecord earlier) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = earlier.StatusCode ?? StatusCodes.Status200OK;
            var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(earlier.ResponseHeaders ?? "{}") ?? [];
            foreach (var (name, value) in headers) httpContext.Response.Headers[name] = value;
            await httpContext.Response.WriteAsync(earlier.ResponseBody ?? "", httpContext.RequestAborted);
        }
    }
}
