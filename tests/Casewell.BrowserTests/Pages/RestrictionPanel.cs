using Microsoft.Playwright;

namespace Casewell.BrowserTests.Pages;

/// <summary>The restriction panel of a client profile or case page, as its manager uses it, and the mark everyone sees.</summary>
public sealed class RestrictionPanel
{
    private readonly IPage page;

    private RestrictionPanel(IPage page) => this.page = page;

    /// <summary>"Restricted: only the people on its access list can see it."</summary>
    public ILocator Mark => page.GetByTestId("restriction-mark");

    /// <summary>What the last post did, once it is done.</summary>
    public ILocator Done => page.GetByTestId("restriction-done");

    public ILocator AccessList => page.GetByRole(AriaRole.Table, new() { Name = "The people who can see this record" });

    public static async Task<RestrictionPanel> OnAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Restriction", Level = 2 })).ToBeVisibleAsync();
        await AxeCheck.AssertAccessibleAsync(page);
        return new RestrictionPanel(page);
    }

    /// <summary>Chooses the reason by its label, as a keyboard user would, and restricts the record.</summary>
    public async Task<RestrictionPanel> RestrictAsync(string reason, string? note = null)
    {
        await page.GetByLabel("Why it is restricted").SelectOptionAsync(new SelectOptionValue { Label = reason });
        if (note is not null) await page.GetByLabel("Note", new() { Exact = true }).FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Restrict this record" }).ClickAsync();
        return await AfterPostAsync();
    }

    public async Task<RestrictionPanel> AdmitAsync(string staffName)
    {
        await page.GetByLabel("Staff member to add").SelectOptionAsync(new SelectOptionValue { Label = staffName });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the access list" }).ClickAsync();
        return await AfterPostAsync();
    }

    private async Task<RestrictionPanel> AfterPostAsync()
    {
        await Assertions.Expect(Done).ToBeVisibleAsync();
        return await OnAsync(page);
    }
}
