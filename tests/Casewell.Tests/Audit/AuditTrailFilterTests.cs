using Casewell.Audit;
using Casewell.Common;

namespace Casewell.Tests.Audit;

public sealed class AuditTrailFilterTests
{
    private static readonly IReadOnlySet<string> Known = AuditActionGroups.Known(["Client", "Case"]);

    private static IReadOnlyDictionary<string, Message[]> Errors(AuditTrailFilter filter)
    {
        var result = filter.Parse(Known);
        Assert.Equal(ResultKind.Invalid, result.Kind);
        return result.Errors;
    }

    [Fact]
    public void An_empty_filter_asks_for_the_newest_page_of_everything()
    {
        var query = new AuditTrailFilter().Parse(Known).Value!;

        Assert.Null(query.ClientId);
        Assert.Null(query.ActorId);
        Assert.Null(query.CaseId);
        Assert.Null(query.Before);
        Assert.Null(query.From);
        Assert.Null(query.To);
        Assert.Equal(AuditTrailFilter.DefaultPageSize, query.PageSize);
        Assert.Empty(query.Actions);
        Assert.Empty(query.Groups);
    }

    [Fact]
    public void Every_field_is_read_into_the_query()
    {
        var client = Guid.CreateVersion7();
        var actor = Guid.CreateVersion7();
        var @case = Guid.CreateVersion7();

        var query = new AuditTrailFilter(actor.ToString(), client.ToString(), $" {@case} ", ["Case.Viewed", "Client.Updated", "Case.Viewed"], ["refusals", "Reads"],
            "2026-03-01", "2026-03-31", "1234", "20").Parse(Known).Value!;

        Assert.Equal<(Guid?, Guid?, Guid?)>((client, actor, @case), (query.ClientId, query.ActorId, query.CaseId));
        Assert.Equal(["Case.Viewed", "Client.Updated"], query.Actions);
        Assert.Equal([AuditActionGroup.Refusals, AuditActionGroup.Reads], query.Groups);
        Assert.Equal<(DateOnly?, DateOnly?)>((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), (query.From, query.To));
        Assert.Equal<(long?, int)>((1234L, 20), (query.Before, query.PageSize));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("'; DROP TABLE \"AuditEntries\"; --")]
    [InlineData("{0190a3b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b}")]
    [InlineData("0190a3b45c6d7e8f9a0b1c2d3e4f5a6b")]
    public void An_id_that_is_not_a_plain_guid_is_a_field_error(string id)
    {
        var errors = Errors(new AuditTrailFilter(ActorId: id, ClientId: id, CaseId: id));

        Assert.Equal(["actorId", "caseId", "clientId"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(AuditMessages.BadId, errors["clientId"][0].Code);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("03/01/2026")]
    [InlineData("2026-3-1")]
    [InlineData("1899-12-31")]
    [InlineData("9999-12-31")]
    [InlineData("yesterday")]
    public void A_date_that_is_not_a_real_year_month_day_is_a_field_error(string date)
    {
        var errors = Errors(new AuditTrailFilter(From: date, To: date));

        Assert.Equal(AuditMessages.BadDate, errors["from"][0].Code);
        Assert.Equal(AuditMessages.BadDate, errors["to"][0].Code);
    }

    [Fact]
    public void An_end_before_the_start_is_refused_at_the_end_and_one_day_is_allowed()
    {
        Assert.Equal(AuditMessages.ToBeforeFrom, Errors(new AuditTrailFilter(From: "2026-03-02", To: "2026-03-01"))["to"][0].Code);
        Assert.True(new AuditTrailFilter(From: "2026-03-01", To: "2026-03-01").Parse(Known).Succeeded);
    }

    [Fact]
    public void An_unknown_action_or_group_is_named_in_its_field_error()
    {
        var errors = Errors(new AuditTrailFilter(Actions: ["Case.Viewed", "Case.Peeked"], Groups: ["Gossip", "3", "Reads,Changes"]));

        Assert.Equal(new Message(AuditMessages.UnknownAction, "Case.Peeked"), Assert.Single(errors["action"]));
        Assert.Equal(3, errors["group"].Length);
        Assert.Equal("Gossip", errors["group"][0].Args[0]);
    }

    [Fact]
    public void Action_names_are_matched_exactly_as_stored()
    {
        Assert.Equal(AuditMessages.UnknownAction, Errors(new AuditTrailFilter(Actions: ["case.viewed"]))["action"][0].Code);
    }

    [Fact]
    public void Too_many_actions_are_refused_rather_than_sent_to_the_database()
    {
        var actions = Enumerable.Repeat("Case.Viewed", AuditTrailFilter.MaxActions + 1).ToList();

        Assert.Equal(AuditMessages.TooManyActions, Errors(new AuditTrailFilter(Actions: actions))["action"][0].Code);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    public void A_page_position_must_be_a_positive_whole_number(string before) =>
        Assert.Equal(AuditMessages.BadBefore, Errors(new AuditTrailFilter(Before: before))["before"][0].Code);

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("ten")]
    public void A_page_size_must_be_from_one_to_the_maximum(string size) =>
        Assert.Equal(new Message(AuditMessages.BadPageSize, AuditTrailFilter.MaxPageSize), Errors(new AuditTrailFilter(PageSize: size))["pageSize"][0]);

    [Fact]
    public void A_long_unknown_value_is_shortened_in_its_message()
    {
        var errors = Errors(new AuditTrailFilter(Actions: [new string('x', 5000)]));

        Assert.True(((string)errors["action"][0].Args[0]!).Length <= 61);
    }
}
