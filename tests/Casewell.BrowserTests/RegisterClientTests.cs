using System.Text.RegularExpressions;
using Casewell.BrowserTests.Pages;
using Casewell.Identity;
using Microsoft.Playwright;

namespace Casewell.BrowserTests;

public sealed class RegisterClientTests(BrowserApp app) : BrowserTest(app), IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Intake_shows_a_possible_duplicate_with_reasons_and_registers_a_new_person_once_confirmed()
    {
        var page = await SignedInPageAsync(StaffRole.IntakeWorker, "Ines Intake");
        var william = await (await RegisterClientPage.OpenAsync(page)).RegisterAsync("William", "Johnson", "1984-03-12");
        await Assertions.Expect(william.Name).ToHaveTextAsync("William Johnson");

        var register = await RegisterClientPage.OpenAsync(page);
        await register.FillAsync("Bill", "Jonson", "1984-12-03");
        await register.CheckAsync();

        await Assertions.Expect(register.DuplicateCandidates).ToBeVisibleAsync();
        var candidate = register.Candidates.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "William Johnson", Exact = true }) });
        await Assertions.Expect(candidate).ToHaveCountAsync(1);
        await Assertions.Expect(candidate).ToContainTextAsync(new Regex("Nickname: Bill = William", RegexOptions.IgnoreCase));
        await Assertions.Expect(candidate).ToContainTextAsync("Date of birth with day and month swapped");
        await AxeCheck.AssertAccessibleAsync(page);
        Assert.Equal(0, await App.CountClientsAsync("Jonson"));

        var bill = await register.ConfirmNewPersonAsync();

        await Assertions.Expect(bill.Name).ToHaveTextAsync("Bill Jonson");
        await Assertions.Expect(bill.RegisteredMessage).ToHaveTextAsync("The client is registered.");
        Assert.NotEqual(william.ClientId, bill.ClientId);
        Assert.Equal(1, await App.CountClientsAsync("Jonson"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_date_of_birth_in_the_future_is_shown_at_the_field_and_nothing_is_created()
    {
        var page = await SignedInPageAsync(StaffRole.IntakeWorker, "Fay Future");
        var register = await RegisterClientPage.OpenAsync(page);
        await register.FillAsync("Felicity", "Futuredate", "2999-01-01");
        await register.CheckAsync();

        await AssertRefusedAsync(page, register, "field-birthdate", "Date of birth must be today or in the past.", "Futuredate");
        await Assertions.Expect(register.BirthDate).ToHaveValueAsync("2999-01-01");
        await page.Context.CloseAsync();
    }

    /// <summary>What a browser without a date picker sends: it shows the date field as plain text.</summary>
    [Theory]
    [InlineData("1984-02-30")]
    [InlineData("12/03/1984")]
    public async Task A_date_of_birth_that_is_not_a_real_date_is_shown_at_the_field_and_nothing_is_created(string typed)
    {
        var page = await SignedInPageAsync(StaffRole.IntakeWorker, "Tim Textdate");
        var register = await RegisterClientPage.OpenAsync(page);
        await register.BirthDate.EvaluateAsync("input => input.type = 'text'");
        await register.FillAsync("Theodore", "Textdate", typed);
        await register.CheckAsync();

        await AssertRefusedAsync(page, register, "field-birthdate", "Enter the date of birth as a real date, like 2019-04-27.", "Textdate");
        await page.Context.CloseAsync();
    }

    /// <summary>The field's maxlength stops typing; a crafted post (here: the attribute removed) must meet the same limit.</summary>
    [Fact]
    public async Task An_over_long_name_is_shown_at_the_field_and_nothing_is_created()
    {
        var page = await SignedInPageAsync(StaffRole.IntakeWorker, "Olga Overlong");
        var register = await RegisterClientPage.OpenAsync(page);
        await register.FirstName.EvaluateAsync("input => input.removeAttribute('maxlength')");
        await register.FillAsync(new string('a', 101), "Overlong", "1970-05-05");
        await register.CheckAsync();

        await AssertRefusedAsync(page, register, "field-legalname-first", "First name must be 100 characters or fewer.", "Overlong");
        await page.Context.CloseAsync();
    }

    private async Task AssertRefusedAsync(IPage page, RegisterClientPage register, string fieldId, string message, string lastName)
    {
        await Assertions.Expect(register.ErrorSummary).ToBeVisibleAsync();
        await Assertions.Expect(register.ErrorSummary.GetByRole(AriaRole.Link, new() { Name = message }))
            .ToHaveAttributeAsync("href", $"clients/new#{fieldId}");
        await Assertions.Expect(register.FieldError(fieldId)).ToHaveTextAsync(message);
        // A screen reader reads the message with the field, and keyboard users start from the summary.
        await Assertions.Expect(page.Locator($"#{fieldId}")).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex($"\\b{fieldId}-error\\b"));
        await Assertions.Expect(register.ErrorSummary).ToBeFocusedAsync();
        await Assertions.Expect(register.DuplicateCandidates).ToHaveCountAsync(0);
        await AxeCheck.AssertAccessibleAsync(page);
        Assert.Equal(0, await App.CountClientsAsync(lastName));
    }
}
