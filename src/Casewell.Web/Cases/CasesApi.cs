using Casewell.Access;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Common;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Cases;

internal static class CasesApi
{
    public sealed record OpenRequest(Guid ClientId, Guid ProgramId, Guid? TeamId, Guid CaseTypeId, CasePriority Priority,
        ReferralSource ReferralSource, string? ReferralReason, string? PresentingNeeds, IReadOnlyList<Guid>? HouseholdMemberIds);

    public sealed record TransitionRequest(CaseTransition Transition, string? Reason, ClosureOutcome? Outcome, bool CancelOpenTasks = false);

    public sealed record AssignRequest(Guid WorkerId, AssignmentRole Role, string? Reason);

    public sealed record EndAssignmentRequest(string? Reason);

    public sealed record CaseTypeRequest(string? Code, string? Name, int? ContactFrequencyDays, string? ContactDescription, double LoadWeight = 1.0);

    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization();

        cases.MapPost("/", async (OpenRequest body, OpenCaseHandler handler, CancellationToken ct) =>
            (await handler.Handle(new OpenCase(body.ClientId, body.ProgramId, body.TeamId, body.CaseTypeId, body.Priority, body.ReferralSource,
                body.ReferralReason, body.PresentingNeeds, body.HouseholdMemberIds), ct))
                .ToResults(opened => TypedResults.Created($"{ApiPaths.Prefix}/cases/{opened.CaseId}", opened)))
            .RequireAuthorization(nameof(Ability.OpenCases))
            .WithName("OpenCase").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("Open a case for a client; it waits in its team's unassigned queue.");

        cases.MapGet("/{caseId:guid}", async (Guid caseId, GetCaseHandler handler, HttpResponse response, CancellationToken ct) =>
            (await handler.Handle(new GetCase(caseId), ct)).ToResults(detail =>
            {
                IfMatch.Write(response, detail.Version);
                return TypedResults.Ok(detail);
            }))
            .WithName("GetCase").ProducesProblems(ResultKind.NotFound).WithETag()
            .WithSummary("A case, with its workers and status; opening it is recorded in the audit trail.");

        cases.MapPost("/{caseId:guid}/transitions", async Task<Results<NoContent, ApiProblem>> (Guid caseId, TransitionRequest body, HttpRequest http,
            TransitionCaseHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("case");
            return (await handler.Handle(new TransitionCase(caseId, body.Transition, version, body.Reason, body.Outcome, body.CancelOpenTasks), ct)).ToResults();
        }).WithName("TransitionCase").RequiresIfMatch("case").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Open, put on hold, resume, close (or ask for closure), approve or reject a closure, reopen (If-Match: the case's ETag).");

        cases.MapPost("/{caseId:guid}/assignments", async Task<Results<NoContent, ApiProblem>> (Guid caseId, AssignRequest body, HttpRequest http,
            AssignCaseHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("case");
            return (await handler.Handle(new AssignCase(caseId, body.WorkerId, body.Role, version, body.Reason), ct)).ToResults();
        }).RequireAuthorization(nameof(Ability.SuperviseCases))
            .WithName("AssignCase").RequiresIfMatch("case").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Assign the primary worker (a transfer when there is one: give a reason) or add a secondary worker.");

        cases.MapPost("/{caseId:guid}/assignments/{workerId:guid}/end", async Task<Results<NoContent, ApiProblem>> (Guid caseId, Guid workerId,
            EndAssignmentRequest body, HttpRequest http, UnassignCaseHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("case");
            return (await handler.Handle(new UnassignCase(caseId, workerId, body.Reason, version), ct)).ToResults();
        }).RequireAuthorization(nameof(Ability.SuperviseCases))
            .WithName("UnassignCase").RequiresIfMatch("case").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Take a worker off the case; without a primary worker it returns to the team's queue.");

        var types = api.MapGroup("/case-types").WithTags("Cases").RequireAuthorization();
        types.MapGet("/", async (ListCaseTypesHandler handler, CancellationToken ct) => (await handler.Handle(ct)).ToResults(TypedResults.Ok))
            .RequireAuthorization(nameof(Ability.ReadOrganization))
            .WithName("ListCaseTypes").ProducesProblems(ResultKind.Forbidden).WithSummary("The case types cases can be opened with.");
        types.MapPost("/", async (CaseTypeRequest body, SaveCaseTypeHandler handler, CancellationToken ct) =>
            (await handler.Handle(new SaveCaseType(null, body.Code, body.Name, body.ContactFrequencyDays, body.ContactDescription, body.LoadWeight), ct))
                .ToResults(id => TypedResults.Created($"{ApiPaths.Prefix}/case-types/{id}", new CreatedId(id))))
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("AddCaseType").ProducesProblems(ResultKind.Invalid, ResultKind.Forbidden)
            .WithSummary("Add a case type, with its required contact frequency and caseload weight.");
        types.MapPut("/{caseTypeId:guid}", async (Guid caseTypeId, CaseTypeRequest body, SaveCaseTypeHandler handler, CancellationToken ct) =>
            (await handler.Handle(new SaveCaseType(caseTypeId, body.Code, body.Name, body.ContactFrequencyDays, body.ContactDescription, body.LoadWeight), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("ChangeCaseType").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("Change a case type's name, contact frequency or weight; its code is fixed (a different one is refused).");
        types.MapPut("/{caseTypeId:guid}/part2", async (Guid caseTypeId, Admin.StaffApi.Part2Request body, SetCaseTypePart2Handler handler, CancellationToken ct) =>
            (await handler.Handle(new SetCaseTypePart2(caseTypeId, body.IsPart2), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("SetCaseTypePart2").ProducesProblems(ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("Whether cases of this type are substance use treatment under 42 CFR Part 2, whatever their program.");
        return api;
    }
}
