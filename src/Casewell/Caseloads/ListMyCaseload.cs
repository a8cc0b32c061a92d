using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Caseloads;

/// <summary>The signed-in worker's open work: every case not closed where they are the primary or a secondary worker.</summary>
public sealed record ListMyCaseload(CaseloadFilter Filter);

public sealed class ListMyCaseloadHandler(CasewellDbContext db, CaseAccess access, ListReads lists, AgencyCalendar calendar)
{
    public async Task<Result<CaseloadPage>> Handle(ListMyCaseload request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanWork) return Result<CaseloadPage>.Forbidden(new Message(CaseloadMessages.NoCaseload));
        if (request.Filter.Validate() is { Failed: true } invalid) return Result<CaseloadPage>.From(invalid);
        return Result<CaseloadPage>.Ok(await CaseloadQuery.PageAsync(db, lists, access.Readable(db.Cases), access.Actor.Id, request.Filter, calendar, ct));
    }
}
