using Casewell.Access;
using Casewell.Common;
using Casewell.Tasks;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Tasks;

internal static class TasksApi
{
    public sealed record CreateRequest(string? Title, string? Details, DateOnly? DueOn, CaseTaskKind? Kind, Guid? AssigneeId);

    public sealed record CompletionRequest(string? Note);

    public sealed record CancellationRequest(string? Reason);

    public sealed record ReassignmentRequest(Guid AssigneeId);

    public sealed record RescheduleRequest(DateOnly? DueOn);

    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        ResultKind[] changeProblems = [ResultKind.Invalid, ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden];
        var caseTasks = api.MapGroup("/cases/{caseId:guid}/tasks").WithTags("Tasks").RequireAuthorization();
        caseTasks.MapPost("/", async (Guid caseId, CreateRequest body, CreateTaskHandler handler, HttpResponse response, CancellationToken ct) =>
            (await handler.Handle(new CreateTask(caseId, body.Title, body.Details, body.DueOn, body.Kind ?? CaseTaskKind.FollowUp, body.AssigneeId), ct))
                .ToResults(created =>
                {
                    IfMatch.Write(response, created.Version);
                    return TypedResults.Created($"{ApiPaths.Prefix}/tasks/{created.TaskId}", created);
                }))
            .RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("CreateTask").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Refused, ResultKind.Forbidden).WithETag()
            .WithSummary("Add a task to a case you work on; it goes to you unless you name a worker on the case or a supervisor of its team.");
        caseTasks.MapGet("/", async Task<Results<Ok<CaseTasks>, ApiProblem>> (Guid caseId, ListCaseTasksHandler handler, CancellationToken ct,
            string? status = null, int? page = 1, int? pageSize = null) =>
        {
            if (!ApiQuery.TryEnum<TaskListFilter>(status, TaskListFilter.Open, out var filter)) return ApiQuery.Invalid("status", "open or resolved");
            return (await handler.Handle(new ListCaseTasks(caseId, filter, page, pageSize), ct)).ToResults(TypedResults.Ok);
        }).WithName("ListCaseTasks").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound)
            .WithSummary("A case's open tasks, soonest due first (status=resolved: the completed and cancelled ones, latest first), paged.");

        var tasks = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization();
        tasks.MapGet("/{taskId:guid}", async (Guid taskId, GetTaskHandler handler, HttpResponse response, CancellationToken ct) =>
            (await handler.Handle(new GetTask(taskId), ct)).ToResults(detail =>
            {
                IfMatch.Write(response, detail.Task.Version);
                return TypedResults.Ok(detail);
            }))
            .WithName("GetTask").ProducesProblems(ResultKind.NotFound).WithETag()
            .WithSummary("A task and its case, with its ETag for completing or cancelling it.");
        tasks.MapPost("/{taskId:guid}/completion", async Task<Results<NoContent, ApiProblem>> (Guid taskId, HttpRequest http, HttpResponse response,
            CompleteTaskHandler handler, CancellationToken ct, CompletionRequest? body) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("task");
            return (await handler.Handle(new CompleteTask(taskId, version, body?.Note), ct)).ToResults(NoContentWithVersion(response));
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("CompleteTask").RequiresIfMatch("task").ProducesProblems(changeProblems).WithETag()
            .WithSummary("Mark a task done, with an optional note (If-Match: the task's ETag).");
        tasks.MapPost("/{taskId:guid}/cancellation", async Task<Results<NoContent, ApiProblem>> (Guid taskId, CancellationRequest body, HttpRequest http,
            HttpResponse response, CancelTaskHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("task");
            return (await handler.Handle(new CancelTask(taskId, version, body.Reason), ct)).ToResults(NoContentWithVersion(response));
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("CancelTask").RequiresIfMatch("task").ProducesProblems(changeProblems).WithETag()
            .WithSummary("Cancel a task that no longer needs doing, with the reason (If-Match: the task's ETag).");
        tasks.MapPost("/{taskId:guid}/reassignment", async Task<Results<NoContent, ApiProblem>> (Guid taskId, ReassignmentRequest body, HttpRequest http,
            HttpResponse response, ReassignTaskHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("task");
            return (await handler.Handle(new ReassignTask(taskId, version, body.AssigneeId), ct)).ToResults(NoContentWithVersion(response));
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("ReassignTask").RequiresIfMatch("task").ProducesProblems(changeProblems).WithETag()
            .WithSummary("Give an open task to another worker on the case or a supervisor of its team (If-Match: the task's ETag).");
        tasks.MapPost("/{taskId:guid}/reschedule", async Task<Results<NoContent, ApiProblem>> (Guid taskId, RescheduleRequest body, HttpRequest http,
            HttpResponse response, RescheduleTaskHandler handler, CancellationToken ct) =>
        {
            if (!IfMatch.TryRead(http, out var version)) return IfMatch.Required("task");
            return (await handler.Handle(new RescheduleTask(taskId, version, body.DueOn), ct)).ToResults(NoContentWithVersion(response));
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("RescheduleTask").RequiresIfMatch("task").ProducesProblems(changeProblems).WithETag()
            .WithSummary("Move an open task's due date (If-Match: the task's ETag).");
        tasks.MapGet("/mine", async Task<Results<Ok<PageOf<MyTask>>, ApiProblem>> (ListMyTasksHandler handler, CancellationToken ct, string? due = null,
            int? page = 1, int? pageSize = null) =>
        {
            if (!ApiQuery.TryEnum<TaskDue>(due, TaskDue.Today, out var when)) return ApiQuery.Invalid("due", "today, overdue or upcoming");
            return (await handler.Handle(new ListMyTasks(when, page, pageSize), ct)).ToResults(TypedResults.Ok);
        }).RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("ListMyTasks").ProducesProblems(ResultKind.Invalid)
            .WithSummary("Your open tasks due today, overdue or upcoming, soonest first, paged.");

        api.MapGet("/my-work", async (ListMyWorkHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(new ListMyWork(), ct)))
            .WithTags("Tasks").RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("ListMyWork")
            .WithSummary("Your overdue tasks, today's tasks and your cases needing contact (due within 7 days or overdue), the first few of each.");
        api.MapGet("/my-work/contacts-due", async (ListContactsDueHandler handler, CancellationToken ct, int? page = 1, int? pageSize = null) =>
                TypedResults.Ok(await handler.Handle(new ListContactsDue(page, pageSize), ct)))
            .WithTags("Tasks").RequireAuthorization(nameof(Ability.WorkCases))
            .WithName("ListContactsDue").ProducesProblems(ResultKind.Invalid)
            .WithSummary("Your cases whose required contact is overdue or due within 7 days, most urgent first, paged.");
        return api;
    }

    private static Func<int, NoContent> NoContentWithVersion(HttpResponse response) => version =>
    {
        IfMatch.Write(response, version);
        return TypedResults.NoContent();
    };
}
