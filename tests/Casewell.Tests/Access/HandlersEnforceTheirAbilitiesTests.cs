using Casewell.Access;
using Casewell.Audit;
using Casewell.CaseTypes;
using Casewell.Common;
using Casewell.Identity;
using Casewell.Organization;
using Casewell.PrivacyReview;
using Microsoft.AspNetCore.Identity;

namespace Casewell.Tests.Access;

/// <summary>
/// The organization, identity and audit handlers refuse an actor whose role lacks their ability themselves (403),
/// called directly as a page, an endpoint or the command line would call them, with no web policy in front; the
/// server's own actor (the operator's command line) keeps the administration abilities.
/// </summary>
public sealed class HandlersEnforceTheirAbilitiesTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static readonly CurrentStaff Worker = CurrentStaff.SignedIn(Guid.CreateVersion7(), "a case worker", StaffRole.CaseWorker);
    private static readonly CurrentStaff Auditor = CurrentStaff.SignedIn(Guid.CreateVersion7(), "an auditor", StaffRole.Auditor);
    private static readonly CurrentStaff Administrator = CurrentStaff.SignedIn(Guid.CreateVersion7(), "an administrator", StaffRole.Administrator);
    private static readonly CurrentStaff Partner = CurrentStaff.SignedIn(Guid.CreateVersion7(), "a partner", StaffRole.Partner);

    public static TheoryData<string> Handlers =>
    [
        "CreateProgram", "CreateTeam", "SetProgramCasePolicies", "SetProgramManager", "SetTeamMember", "ListStaff", "InviteStaffUser",
        "ChangeStaffStatus", "ReissueStaffActivation", "CreateStaffUser", "SaveCaseType", "SetProgramPart2", "SetCaseTypePart2",
    ];

    [Theory]
    [MemberData(nameof(Handlers))]
    public async Task An_administration_handler_refuses_a_case_worker_and_an_auditor_with_403(string handler)
    {
        Assert.Equal(ResultKind.Forbidden, await CallAsync(handler, Worker));
        Assert.Equal(ResultKind.Forbidden, await CallAsync(handler, Auditor));
        Assert.Equal(ResultKind.Forbidden, await CallAsync(handler, CurrentStaff.Anonymous()));
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public async Task An_administration_handler_lets_the_operators_command_line_through(string handler) =>
        Assert.NotEqual(ResultKind.Forbidden, await CallAsync(handler, CurrentStaff.System()));

    [Fact]
    public async Task The_organization_and_case_type_lists_refuse_a_partner_and_an_auditor()
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var who in new[] { Partner, Auditor })
        {
            await using var db = world.Context(who);
            Assert.Equal(ResultKind.Forbidden, (await new ListOrganizationHandler(db).Programs(ct)).Kind);
            Assert.Equal(ResultKind.Forbidden, (await new ListOrganizationHandler(db).Teams(ct)).Kind);
            Assert.Equal(ResultKind.Forbidden, (await new ListCaseTypesHandler(db).Handle(ct)).Kind);
        }
        await using var workers = world.Context(Worker);
        Assert.Equal(ResultKind.Ok, (await new ListCaseTypesHandler(workers).Handle(ct)).Kind);
    }

    [Fact]
    public async Task The_privacy_review_and_the_audit_trail_refuse_an_administrator()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = world.Context(Administrator);
        Assert.Equal(ResultKind.Forbidden, (await new ListPrivacyReviewHandler(db, Administrator).Handle(new PrivacyReviewQuery(false, 1, 10), ct)).Kind);
        Assert.Equal(ResultKind.Forbidden, (await new ReviewPrivacyItemHandler(db, Administrator, TimeProvider.System)
            .Handle(new ReviewPrivacyItem(Guid.CreateVersion7(), "Looked at it"), ct)).Kind);
        var search = new AuditTrailSearch(db, new AgencyCalendar(TimeProvider.System, TimeZoneInfo.Utc));
        Assert.Equal(ResultKind.Forbidden, (await new ListAuditTrailHandler(db, search).Handle(new AuditTrailQuery(), ct)).Kind);
        Assert.Equal(ResultKind.Forbidden, (await new ListAuditTrailHandler(db, search).Handle(new AuditTrailFilter(), ct)).Kind);
        Assert.Equal(ResultKind.Forbidden, (await new ExportAuditTrailHandler(db, search).Handle(new AuditTrailFilter(), ct)).Kind);
        Assert.Equal(ResultKind.Forbidden, (await new ListStaffForAuditHandler(db).Handle(ct)).Kind);
    }

    private async Task<ResultKind> CallAsync(string handler, CurrentStaff actor)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = world.Context(actor);
        var clock = TimeProvider.System;
        var unique = Guid.CreateVersion7().ToString("N")[..12];
        // Ids of nothing: a handler that asks first answers 403; one that may act goes on to 404 or a field error.
        var nothing = Guid.CreateVersion7();
        Result result = handler switch
        {
            "CreateProgram" => await new CreateProgramHandler(db, clock).Handle(new CreateProgram($"Program {unique}", null), ct),
            "CreateTeam" => await new CreateTeamHandler(db, clock).Handle(new CreateTeam($"Team {unique}", null), ct),
            "SetProgramCasePolicies" => await new SetProgramCasePoliciesHandler(db).Handle(new SetProgramCasePolicies(nothing, true, true), ct),
            "SetProgramPart2" => await new SetProgramPart2Handler(db).Handle(new SetProgramPart2(nothing, true), ct),
            "SetCaseTypePart2" => await new SetCaseTypePart2Handler(db).Handle(new SetCaseTypePart2(nothing, true), ct),
            "SetProgramManager" => await new SetProgramManagerHandler(db).Handle(new SetProgramManager(nothing, nothing), ct),
            "SetTeamMember" => await new SetTeamMemberHandler(db).Handle(new SetTeamMember(world.NorthTeam, nothing, false), ct),
            "ListStaff" => await new ListStaffHandler(db, clock).Handle(1, 10, ct),
            "InviteStaffUser" => await new InviteStaffUserHandler(db, clock).Handle(new InviteStaffUser($"{unique}@agency.example.org", "New Person", StaffRole.CaseWorker), ct),
            "ChangeStaffStatus" => await new ChangeStaffStatusHandler(db, clock).Handle(new ChangeStaffStatus(nothing, Active: true), ct),
            "ReissueStaffActivation" => await new ReissueStaffActivationHandler(db, clock).Handle(new ReissueStaffActivation(nothing), ct),
            "CreateStaffUser" => await new CreateStaffUserHandler(db, new StaffPasswordHasher(new PasswordHasher<StaffUser>()), clock)
                .Handle(new CreateStaffUser($"{unique}@agency.example.org", "New Person", StaffRole.CaseWorker, "a long enough password 123"), ct),
            "SaveCaseType" => await new SaveCaseTypeHandler(db, clock).Handle(new SaveCaseType(null, $"T{unique[..6]}", "A type", null, null, 1), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(handler), handler, null),
        };
        return result.Kind;
    }
}
