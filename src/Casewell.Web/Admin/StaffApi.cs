using Casewell.Access;
using Casewell.Common;
using Casewell.Identity;
using Casewell.Organization;
using Casewell.Web.Hosting;

namespace Casewell.Web.Admin;

internal static class StaffApi
{
    public sealed record CreateStaffRequest(string Email, string DisplayName, StaffRole Role);

    /// <summary>The activation link, shown to the administrator once; only its hash is kept.</summary>
    public sealed record InvitationResponse(Guid Id, string ActivationToken, string ActivationPath, DateTimeOffset ActivationExpiresAt);

    public sealed record ActivationRequest(string Token, string Password);

    public sealed record StatusRequest(bool Active, int? Version);

    public sealed record ProgramRequest(string Name, string? Description);

    public sealed record TeamRequest(string Name, Guid? ProgramId);

    public sealed record CasePoliciesRequest(bool ClosureRequiresApproval, bool TeamMayViewCases);

    public sealed record Part2Request(bool IsPart2);

    public sealed record ProgramManagerRequest(Guid StaffId);

    public sealed record TeamMemberRequest(Guid StaffId, bool IsSupervisor);

    public static RouteGroupBuilder MapStaffApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("Administration").RequireAuthorization(nameof(Ability.ManageStaff));
        staff.MapGet("/", async (ListStaffHandler handler, CancellationToken ct, int page = 1, int pageSize = 50) =>
                (await handler.Handle(page, pageSize, ct)).ToResults(TypedResults.Ok))
            .WithName("ListStaff").ProducesProblems(ResultKind.Invalid, ResultKind.Forbidden)
            .WithSummary("Staff accounts, by name, paged.");
        staff.MapPost("/", async (CreateStaffRequest body, InviteStaffUserHandler handler, CancellationToken ct) =>
            (await handler.Handle(new InviteStaffUser(body.Email ?? "", body.DisplayName ?? "", body.Role), ct))
                .ToResults(invitation => TypedResults.Created($"{ApiPaths.Prefix}/staff/{invitation.StaffId}", Invitation(invitation))))
            .WithName("AddStaff").ProducesProblems(ResultKind.Invalid, ResultKind.Forbidden)
            .WithSummary("Add a staff member. The account cannot sign in until its owner sets a password with the one-time activation link in the answer.");
        staff.MapPost("/{staffId:guid}/activation", async (Guid staffId, ReissueStaffActivationHandler handler, CancellationToken ct) =>
            (await handler.Handle(new ReissueStaffActivation(staffId), ct)).ToResults(invitation => TypedResults.Ok(Invitation(invitation))))
            .WithName("ReissueStaffActivation").ProducesProblems(ResultKind.NotFound, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("A new activation link for an account not yet activated; the earlier one stops working.");
        api.MapPost("/staff-activation", async (ActivationRequest body, ActivateStaffAccountHandler handler, CancellationToken ct) =>
            (await handler.Handle(new ActivateStaffAccount(body.Token, body.Password ?? ""), ct)).ToResults())
            .AllowAnonymous().WithTags("Session")
            .WithName("ActivateStaffAccount").ProducesProblems(ResultKind.Invalid, ResultKind.Refused)
            .WithSummary("The owner of a new account sets their password with the activation token; the token then stops working.");
        staff.MapPut("/{staffId:guid}/status", async (Guid staffId, StatusRequest body, ChangeStaffStatusHandler handler, CancellationToken ct) =>
            (await handler.Handle(new ChangeStaffStatus(staffId, body.Active, body.Version), ct)).ToResults())
            .WithName("ChangeStaffStatus").ProducesProblems(ResultKind.NotFound, ResultKind.Conflict, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Deactivate an account (its sessions end at once) or activate it again; send the version you saw.");

        var programs = api.MapGroup("/programs").WithTags("Administration");
        programs.MapGet("/", async (ListOrganizationHandler handler, CancellationToken ct) => (await handler.Programs(ct)).ToResults(TypedResults.Ok))
            .RequireAuthorization(nameof(Ability.ReadOrganization))
            .WithName("ListPrograms").ProducesProblems(ResultKind.Forbidden).WithSummary("The agency's programs.");
        programs.MapPost("/", async (ProgramRequest body, CreateProgramHandler handler, CancellationToken ct) =>
            (await handler.Handle(new CreateProgram(body.Name ?? "", body.Description), ct))
                .ToResults(id => TypedResults.Created($"{ApiPaths.Prefix}/programs/{id}", new CreatedId(id))))
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("CreateProgram").ProducesProblems(ResultKind.Invalid, ResultKind.Forbidden)
            .WithSummary("Add a program.");

        programs.MapPut("/{programId:guid}/case-policies", async (Guid programId, CasePoliciesRequest body, SetProgramCasePoliciesHandler handler,
                CancellationToken ct) =>
            (await handler.Handle(new SetProgramCasePolicies(programId, body.ClosureRequiresApproval, body.TeamMayViewCases), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("SetProgramCasePolicies").ProducesProblems(ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("Whether closures wait for a supervisor's approval, and whether case workers see their team's cases.");
        programs.MapPut("/{programId:guid}/part2", async (Guid programId, Part2Request body, SetProgramPart2Handler handler, CancellationToken ct) =>
            (await handler.Handle(new SetProgramPart2(programId, body.IsPart2), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("SetProgramPart2").ProducesProblems(ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("Whether the program treats substance use disorders under 42 CFR Part 2: its clients' case records then need a consent naming that category.");
        programs.MapPut("/{programId:guid}/managers", async (Guid programId, ProgramManagerRequest body, SetProgramManagerHandler handler, CancellationToken ct) =>
            (await handler.Handle(new SetProgramManager(programId, body.StaffId), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("AddProgramManager").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("Make a program manager responsible for the program.");
        programs.MapDelete("/{programId:guid}/managers/{staffId:guid}", async (Guid programId, Guid staffId, SetProgramManagerHandler handler, CancellationToken ct) =>
            (await handler.Handle(new SetProgramManager(programId, staffId, Remove: true), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("RemoveProgramManager").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("A program manager is no longer responsible for the program.");

        var teams = api.MapGroup("/teams").WithTags("Administration");
        teams.MapGet("/", async (ListOrganizationHandler handler, CancellationToken ct) => (await handler.Teams(ct)).ToResults(TypedResults.Ok))
            .RequireAuthorization(nameof(Ability.ReadOrganization))
            .WithName("ListTeams").ProducesProblems(ResultKind.Forbidden).WithSummary("The agency's teams, with their programs and members.");
        teams.MapPost("/", async (TeamRequest body, CreateTeamHandler handler, CancellationToken ct) =>
            (await handler.Handle(new CreateTeam(body.Name ?? "", body.ProgramId), ct))
                .ToResults(id => TypedResults.Created($"{ApiPaths.Prefix}/teams/{id}", new CreatedId(id))))
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("CreateTeam").ProducesProblems(ResultKind.Invalid, ResultKind.Forbidden)
            .WithSummary("Add a team, in a program.");
        teams.MapPut("/{teamId:guid}/members", async (Guid teamId, TeamMemberRequest body, SetTeamMemberHandler handler, CancellationToken ct) =>
            (await handler.Handle(new SetTeamMember(teamId, body.StaffId, body.IsSupervisor), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("SetTeamMember").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("Add a staff member to the team, or change whether they supervise it.");
        teams.MapDelete("/{teamId:guid}/members/{staffId:guid}", async (Guid teamId, Guid staffId, SetTeamMemberHandler handler, CancellationToken ct) =>
            (await handler.Handle(new SetTeamMember(teamId, staffId, false, Remove: true), ct)).ToResults())
            .RequireAuthorization(nameof(Ability.ManageOrganization))
            .WithName("RemoveTeamMember").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("Take a staff member off the team.");
        return api;
    }

    private static InvitationResponse Invitation(StaffInvitation invitation) =>
        new(invitation.StaffId, invitation.Token, ActivationPath(invitation.Token), invitation.ExpiresAt);

    public static string ActivationPath(string token) => $"/activate?token={Uri.EscapeDataString(token)}";
}
