using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Casewell.Common;
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

    /// <summary>Every <c>const string</c> of every static class named <c>*Messages</c> in the core, with its argument names.</summary>
    private static readonly FieldInfo[] CodeFields = [.. typeof(Message).Assembly.GetTypes()
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
        var tooLong = new Message(ValidationMessages.TooLong, new Message(CommonMessages.Text, "Name"), 40);

        Assert.Equal("Name must be 40 characters or fewer.", InCulture("en-US", tooLong.Word));
        Assert.Equal("Name: 40 caracteres como máximo.", InCulture("es-MX", tooLong.Word));
        Assert.Equal("Name must be one line, without tabs or line breaks.",
            InCulture("es-MX", new Message(ValidationMessages.LineBreak, new Message(CommonMessages.Text, "Name")).Word));
    }

    [Fact]
    public void Field_errors_are_worded_field_by_field()
    {
        var label = new Message(CommonMessages.Text, "a title");
        IReadOnlyDictionary<string, Message[]> errors = new Dictionary<string, Message[]> { ["Title"] = [new(ValidationMessages.Required, label)] };

        Assert.Equal(["Enter a title."], InCulture("en-US", errors.Word)["Title"]);
    }

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
