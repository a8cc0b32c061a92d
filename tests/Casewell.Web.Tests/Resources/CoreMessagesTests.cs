using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Casewell.Caseloads;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Clients;
using Casewell.Clients.Matching;
using Casewell.Collaterals;
using Casewell.Common;
using Casewell.Demo;
using Casewell.PrivacyReview;
using Casewell.Tasks;
using Casewell.Web.Hosting;
using Casewell.Web.Resources;

namespace Casewell.Web.Tests.Resources;

/// <summary>
/// Every code the core can return has a wording, with a placeholder for each of its declared arguments and no
/// other, and every wording belongs to a code: a new code cannot ship as its bare name, nor a wording outlive its code.
/// </summary>
public sealed partial class CoreMessagesTests
{
    private static readonly ResourceManager Wordings = new(typeof(CoreMessages));

    /// <summary>Every <c>const string</c> of every static class named <c>*Messages</c> in the core and the demo loader, with its argument names.</summary>
    private static readonly FieldInfo[] CodeFields = [.. new[] { typeof(Message).Assembly, typeof(DemoMessages).Assembly }.SelectMany(a => a.GetTypes())
        .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Messages", StringComparison.Ordinal))
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))];

    private static readonly Dictionary<string, IReadOnlyList<string>> Codes = CodeFields.GroupBy(f => (string)f.GetRawConstantValue()!)
        .ToDictionary(g => g.Key, g => g.First().GetCustomAttribute<MessageArgsAttribute>()?.Names ?? []);

    public static TheoryData<string> CodeNames => [.. Codes.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Each_code_is_declared_once() =>
        Assert.Empty(CodeFields.GroupBy(f => (string)f.GetRawConstantValue()!).Where(g => g.Count() > 1).Select(g => g.Key));

    [Theory]
    [MemberData(nameof(CodeNames))]
    public void A_code_has_a_wording_with_a_placeholder_for_each_argument(string code)
    {
        var wording = Wordings.GetString(code, CultureInfo.InvariantCulture);

        Assert.NotNull(wording);
        Assert.Equal(Enumerable.Range(0, Codes[code].Count), Placeholders(wording));
    }

    [Theory]
    [InlineData("")]
    [InlineData("es")]
    public void Every_wording_belongs_to_a_code_and_has_its_placeholders(string culture)
    {
        var set = Wordings.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false);

        Assert.NotNull(set);
        var entries = set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.True(Codes.ContainsKey(e.Key), $"{e.Key} is worded but no *Messages class declares it");
            Assert.Equal(Enumerable.Range(0, Codes[e.Key].Count), Placeholders(e.Value));
        });
    }

    [Fact]
    public void A_message_is_worded_in_the_reader_s_culture_where_a_wording_exists_and_in_english_otherwise()
    {
        var tooLong = new Message(ValidationMessages.TooLong, new Message(CollateralMessages.Name), 40);

        Assert.Equal("Name must be 40 characters or fewer.", InCulture("en-US", tooLong.Word));
        Assert.Equal("Name: 40 caracteres como máximo.", InCulture("es-MX", tooLong.Word));
        Assert.Equal("Name must be one line, without tabs or line breaks.",
            InCulture("es-MX", new Message(ValidationMessages.LineBreak, new Message(CollateralMessages.Name)).Word));
    }

    [Fact]
    public void Field_errors_are_worded_field_by_field()
    {
        var label = new Message(TaskMessages.RequiredTitle);
        IReadOnlyDictionary<string, Message[]> errors = new Dictionary<string, Message[]> { ["Title"] = [new(ValidationMessages.Required, label)] };

        Assert.Equal(["Enter a title."], InCulture("en-US", errors.Word)["Title"]);
    }

    /// <summary>Messages as the core now returns them, with the English the core used to write itself.</summary>
    public static TheoryData<Message, string> FormerEnglish => new()
    {
        { new(ValidationMessages.Required, new Message(ClientMessages.RequiredFirstName)), "Enter the client's first name." },
        { new(ValidationMessages.TooLong, new Message(ClientMessages.PostalCode), 10), "ZIP code must be 10 characters or fewer." },
        { new(ValidationMessages.LineBreak, new Message(CaseTypeMessages.Code)), "Code must be one line, without tabs or line breaks." },
        { new(ValidationMessages.ControlCharacter, new Message(CollateralMessages.Name)), "Name contains a control character or an incomplete character; remove it." },
        { new(CaseloadMessages.PageOutOfRange, CaseloadFilter.MaxPage), "Page must be from 1 to 10000." },
        { new(CaseTypeMessages.LoadWeightOutOfRange, SaveCaseTypeHandler.MaxLoadWeight), "Enter a weight above 0 and at most 10." },
        { new(ClientMessages.LookupLimit, 15.0), "You have reached the limit of exact identifier lookups. Try again in 15 minutes, or search by name and date of birth." },
        { new(PrivacyReviewMessages.AlreadyReviewed, "Pat Doe"), "Pat Doe already reviewed this item." },
        { new(MatchMessages.SameIdentifier, new Message(MatchMessages.SocialSecurityNumber)), "Same Social Security number" },
        { new(MatchMessages.SameIdentifier, new Message(MatchMessages.DriversLicense)), "Same driver's license number" },
        { new(MatchMessages.NicknameFirstName, "Bill", "William"), "Nickname: Bill = William" },
        { new(MatchMessages.SimilarLastName, "Smtih", "Smith"), "Similar last name (Smtih ~ Smith)" },
        { new(MatchMessages.FirstInitial, "J.", "John"), "First initial matches (J. ~ John)" },
        { new(MatchMessages.LastNamePart, "Garcia", "Garcia-Lopez"), "Shares part of the last name (Garcia ~ Garcia-Lopez)" },
        { new(MatchMessages.CandidateOtherName, "Maria Lopez"), "Matches previous or alias name Maria Lopez" },
        { new(MatchMessages.QueryOtherName, "Maria Lopez"), "Other name given at intake matches: Maria Lopez" },
        { new(MatchMessages.BirthYearClose, 2), "Birth year within 2 years (approximate date)" },
        { new(MatchMessages.BirthDateOneDigitDifferent, "1980-03-24", "1980-03-14"), "Date of birth differs by one digit (1980-03-24 and 1980-03-14)" },
        { new(MatchMessages.BirthDatesFarApart, 2, "1980-03-24", "1990-03-24"), "Dates of birth more than 2 years apart (1980-03-24 and 1990-03-24)" },
        { new(CaseMessages.OnlyReferredOpens, CaseStatus.OnHold), "Only a referred case can be opened; this one is OnHold." },
        { new(CaseMessages.OpenTasksBeforeClosing, 2), "The case has 2 open task(s). Complete or cancel them before closing." },
        { new(TaskMessages.AlreadyResolved, TaskMessages.Status(CaseTaskStatus.Cancelled)), "The task is already cancelled." },
        {
            new(TaskMessages.Changed, TaskMessages.Status(CaseTaskStatus.Open), "2026-03-01", "Pat Doe"),
            "Someone changed this task after you opened it; nothing of yours was saved. It is now open, due 2026-03-01, assigned to Pat Doe."
        },
        {
            new(CaseMessages.ChangedSince, new Message(CaseMessages.Changes,
                new Message(CaseMessages.Change, CaseEventKind.Assigned, new Message(CaseMessages.ChangeSubject, "Pat Doe"), "", "", "Sam Roe",
                    new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(-5))),
                new Message(CaseMessages.Change, CaseEventKind.StatusChanged, "", new Message(CaseMessages.ChangeFrom, "Open"),
                    new Message(CaseMessages.ChangeTo, "OnHold"), "Sam Roe", new DateTimeOffset(2026, 3, 1, 14, 45, 0, TimeSpan.Zero)))),
            "Someone changed this case after you opened it; nothing of yours was saved. Since then: " +
            "Assigned Pat Doe by Sam Roe at 2026-03-01 14:30:00Z; StatusChanged from Open to OnHold by Sam Roe at 2026-03-01 14:45:00Z."
        },
    };

    [Theory]
    [MemberData(nameof(FormerEnglish))]
    public void A_code_reads_in_english_as_the_core_used_to_write_it(Message message, string english) =>
        Assert.Equal(english, InCulture("en-US", message.Word));

    private static T InCulture<T>(string name, Func<T> word)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try { return word(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui); }
    }

    /// <summary>The distinct argument indexes a composite format string uses, in order ("{{" is a brace, not a placeholder).</summary>
    private static IEnumerable<int> Placeholders(string wording) =>
        PlaceholderPattern().Matches(wording.Replace("{{", "", StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order();

    [GeneratedRegex(@"\{(\d+)(?:,[^}:]*)?(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
