using System.Globalization;
using Casewell.Cases;
using Casewell.Web.Hosting;
using Casewell.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Casewell.Web.Cases;

/// <summary>
/// Puts a timeline entry's facts into a sentence in the reader's language: who, what, from and to. Values that
/// are codes (a status, an outcome, a role, a kind of contact) and dates are shown in words; a kind of entry
/// added by a later feature without its sentence yet still shows, by name.
/// </summary>
internal static class TimelineSentence
{
    public static string Of(TimelineEntry entry, IStringLocalizer<TimelineStrings> words, AgencyTime time)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(words);
        var template = words[$"Entry_{entry.Kind}"];
        if (template.ResourceNotFound) template = words["Entry_Other"];
        var subject = entry.Kind is CaseEventKind.ContactRecorded or CaseEventKind.NoteSigned or CaseEventKind.NoteAddendumAdded ? Value(entry.Subject, words, time) : entry.Subject ?? "";
        return string.Format(CultureInfo.CurrentCulture, template.Value, entry.ActorName, subject,
            Value(entry.From, words, time), Value(entry.To, words, time), entry.Kind);
    }

    public static string ReasonLabel(CaseEventKind kind, IStringLocalizer<TimelineStrings> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var label = words[$"Reason_{kind}"];
        return label.ResourceNotFound ? words["Reason"] : label;
    }

    private static string Value(string? value, IStringLocalizer<TimelineStrings> words, AgencyTime time)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return time.Date(date);
        var word = words[$"Value_{value}"];
        return word.ResourceNotFound ? value : word.Value;
    }
}
