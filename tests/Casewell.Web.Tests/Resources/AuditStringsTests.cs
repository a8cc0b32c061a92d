using System.Globalization;
using Casewell.Audit;
using Casewell.Web.Audit;
using Casewell.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Casewell.Web.Tests.Resources;

/// <summary>The auditor reads actions in words: every well-known action, group and write of an audited type has one.</summary>
public sealed class AuditStringsTests
{
    private static readonly IStringLocalizer<AuditStrings> Words =
        new StringLocalizer<AuditStrings>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    public static TheoryData<string> WellKnown => [.. AuditAction.WellKnown.Select(a => a.Name)];

    [Theory]
    [MemberData(nameof(WellKnown))]
    public void Every_well_known_action_has_words(string action)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        Assert.False(Words["Action." + action].ResourceNotFound, $"{action} has no wording in AuditStrings.resx");
    }

    [Fact]
    public void Every_group_has_words_and_writes_are_worded_by_verb_and_kind_of_record()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

        Assert.All(Enum.GetValues<AuditActionGroup>(), g => Assert.False(Words["Group." + g].ResourceNotFound, g.ToString()));
        Assert.Equal("Changed a client", AuditWords.Action(Words, "Client.Updated"));
        Assert.Equal("Created a task", AuditWords.Action(Words, "CaseTask.Created"));
        Assert.Equal("Removed a Gizmo", AuditWords.Action(Words, "Gizmo.Deleted"));
        Assert.Equal("Test.Read", AuditWords.Action(Words, "Test.Read"));
        Assert.Equal("Opened a case", AuditWords.Action(Words, "Case.Viewed"));
    }
}
