using System.Globalization;
using Casewell.Notes;
using Microsoft.Extensions.Primitives;

namespace Casewell.Web.Notes;

/// <summary>
/// The write-note form as posted, read the same way by the page's own submit (Save draft, Sign) and by the autosave
/// script's posts of the same form, so that both save exactly what the worker sees. Field names are the use cases'
/// error keys ("Sections.Data", "FollowUps[0].Title"), so an error lands at its field. A time or a number that cannot be
/// read is the form's own field error, before any use case is asked.
/// </summary>
internal sealed class NoteFormPost
{
    public const int FollowUpRows = 2;
    public const string LocalTimeFormat = "yyyy-MM-dd'T'HH:mm";

    public Guid? NoteId { get; init; }
    public Guid? CaseId { get; init; }
    public int? Version { get; init; }
    public string? Action { get; init; }
    public NoteDraftInput Draft { get; init; } = new(null, null, null, null, null, null, null);
    public string? LateEntryReason { get; init; }
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];

    /// <summary>What the worker typed, to show again when the form comes back with errors.</summary>
    public IReadOnlyDictionary<string, string> Typed { get; init; } = new Dictionary<string, string>();
    public IReadOnlySet<string> Ticked { get; init; } = new HashSet<string>();

    /// <summary>Field errors of the form itself (a time that is not one); keyed like the use cases' errors.</summary>
    public Dictionary<string, string> Unreadable { get; } = [];

    /// <summary>A checkbox's value: who it names, as the form carries it ("HouseholdMember:0191...").</summary>
    public static string ParticipantValue(ParticipantKind kind, Guid? recordId) => $"{kind}:{recordId}";

    public static NoteFormPost Read(IFormCollection form, TimeZoneInfo zone, Func<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(words);
        string? Value(string name) => form.TryGetValue(name, out var v) && !StringValues.IsNullOrEmpty(v) ? v.ToString() : null;
        var typed = form.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal) && k != "Participant")
            .ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);
        var unreadable = new Dictionary<string, string>();

        DateTimeOffset? startedAt = null;
        if (Value("StartedAt") is { } local)
        {
            // A time the clocks skip when they go forward is no time at all in the agency's zone.
            if (DateTime.TryParseExact(local, LocalTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && !zone.IsInvalidTime(at))
                startedAt = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(at, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
            else unreadable["StartedAt"] = words("Error_StartedAt");
        }
        int? minutes = null;
        if (Value("DurationMinutes") is { } text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var m)) minutes = m;
            else unreadable["DurationMinutes"] = words("Error_Duration");
        }

        var type = Enum.TryParse<NoteType>(Value("Type"), out var t) && Enum.IsDefined(t) ? t : (NoteType?)null;
        var format = Enum.TryParse<NoteFormat>(Value("Format"), out var f) && Enum.IsDefined(f) ? f : (NoteFormat?)null;
        var sections = (format is { } chosen ? NoteFormats.SectionsOf(chosen) : Array.Empty<NoteSectionKind>())
            .ToDictionary(k => k.ToString(), k => Value(NoteInputNames.Section(k)));

        var ticked = form["Participant"].OfType<string>().ToHashSet(StringComparer.Ordinal);
        var participants = new List<ParticipantInput>();
        foreach (var value in form["Participant"].OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var parts = value.Split(':', 2);
            if (parts.Length == 2 && Enum.TryParse<ParticipantKind>(parts[0], out var kind) && Guid.TryParse(parts[1], out var id))
                participants.Add(new ParticipantInput(kind, id, null));
        }
        if (Value("Interpreter") is { } interpreter) participants.Add(new ParticipantInput(ParticipantKind.Interpreter, null, interpreter));
        if (Value("OtherParticipant") is { } other) participants.Add(new ParticipantInput(ParticipantKind.Other, null, other));

        var followUps = new List<FollowUp>();
        for (var i = 0; i < FollowUpRows; i++)
        {
            var title = Value($"FollowUps[{i}].Title");
            var due = Value($"FollowUps[{i}].DueOn");
            if (title is null && due is null) continue;
            DateOnly? dueOn = null;
            if (due is not null)
            {
                if (DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) dueOn = d;
                else unreadable[$"FollowUps[{followUps.Count}].DueOn"] = words("Error_DueOn");
            }
            followUps.Add(new FollowUp(title, dueOn));
        }

        return new NoteFormPost
        {
            NoteId = Guid.TryParse(Value("NoteId"), out var noteId) ? noteId : null,
            CaseId = Guid.TryParse(Value("CaseId"), out var caseId) ? caseId : null,
            Version = int.TryParse(Value("Version"), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null,
            Action = Value("action"),
            Draft = new NoteDraftInput(type, format, startedAt, minutes, Value("Location"), sections, participants),
            LateEntryReason = Value("LateEntryReason"),
            FollowUps = followUps,
            Typed = typed,
            Ticked = ticked,
        }.With(unreadable);
    }

    private NoteFormPost With(Dictionary<string, string> unreadable)
    {
        foreach (var (field, message) in unreadable) Unreadable[field] = message;
        return this;
    }
}

/// <summary>The names of the write-note form's fields that are worked out rather than written.</summary>
internal static class NoteInputNames
{
    public static string Section(NoteSectionKind kind) => $"Sections.{kind}";
}
