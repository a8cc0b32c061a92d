using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Cases;

/// <summary>A supervisor takes a worker off a case; without its primary worker the case goes back to the team's queue.</summary>
public sealed record UnassignCase(Guid CaseId, Guid WorkerId, string? Reason, int? ExpectedVersion);

public sealed class UnassignCaseHandler(CasewellDbContext db, CaseAccess access, TimeProvider clock)
{
    public async Task<Result> Handle(UnassignCase request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (@case, failure) = await CaseChange.LoadAsync(db, access, request.CaseId, request.ExpectedVersion, ct);
        if (@case is null) return failure!;
        if (!await access.SupervisesAsync(@case, ct)) return Result.Forbidden(new Message(CaseMessages.OnlySupervisorUnassigns));
        var versionLoaded = @case.Version;
        var outcome = @case.Unassign(request.WorkerId, request.Reason ?? "", access.Actor, clock.GetUtcNow());
        if (outcome.Failed) return outcome;
        return await CaseChange.SaveAsync(db, @case, versionLoaded, ct);
    }
}
