using Casewell.Clients;

namespace Casewell.Tests.Clients;

public class ClientHistoryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Client NewClient() => new(Guid.CreateVersion7(), new ClientDetails
    {
        LegalName = new PersonName("Ana", null, "Garcia"),
        BirthDate = new DateOnly(1990, 5, 1),
        Phone = "555-0100",
    }, At, Guid.Empty);

    [Fact]
    public void An_edit_reports_each_changed_field_with_its_old_and_new_value()
    {
        var client = NewClient();
        var changes = client.Update(client.Details with { LegalName = new PersonName("Ana", null, "Garcia-Lopez"), Phone = "555-0199" }, At.AddDays(1));
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => c is { Field: "Last name", OldValue: "Garcia", NewValue: "Garcia-Lopez" });
        Assert.Contains(changes, c => c is { Field: "Phone", OldValue: "555-0100", NewValue: "555-0199" });
        Assert.Equal(At.AddDays(1), client.UpdatedAt);
    }

    [Fact]
    public void Saving_the_same_facts_again_changes_nothing()
    {
        var client = NewClient();
        Assert.Empty(client.Update(client.Details with { Phone = " 555-0100 " }, At.AddDays(1)));
        Assert.Equal(At, client.UpdatedAt);
    }

    [Fact]
    public void Folded_sort_names_ignore_case_and_accents() => Assert.Equal("GARCIA", new Client(Guid.CreateVersion7(), new ClientDetails
    {
        LegalName = new PersonName("José", null, "García"),
    }, At, Guid.Empty).SortLastName);
}
