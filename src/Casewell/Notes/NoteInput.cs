using Casewell.Common;
using Casewell.Contacts;

namespace Casewell.Notes;

/// <summary>The shape of a draft as sent: what every save checks before anything is loaded.</summary>
internal static class NoteInput
{
    public static string SectionField(NoteSectionKind kind) => $"Sections.{kind}";

    /// <summary>The sections and fields checked; participants are resolved against the case after (<see cref="NoteParticipants"/>).</summary>
    public static Dictionary<NoteSectionKind, string> Check(Validation v, NoteDraftInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Type is not { } type || !Enum.IsDefined(type)) v.Add("Type", new Message(NoteMessages.ChooseType));
        if (input.Format is not { } format || !Enum.IsDefined(format))
        {
            v.Add("Format", new Message(NoteMessages.ChooseFormat));
            format = NoteFormat.Narrative;
        }
        // The same tolerance as a recorded contact: a device clock a little ahead is not a contact in the future.
        if (input.StartedAt > now + RecordContactHandler.ClockTolerance) v.Add("StartedAt", new Message(NoteMessages.StartInFuture));
        if (input.DurationMinutes is < 0 or > Note.MaxDurationMinutes) v.Add("DurationMinutes", new Message(NoteMessages.Duration, Note.MaxDurationMinutes));
        v.SingleLine("Location", input.Location, Note.MaxLocationLength, new Message(NoteMessages.Location));

        var sections = new Dictionary<NoteSectionKind, string>();
        var allowed = NoteFormats.SectionsOf(format);
        foreach (var (name, text) in input.Sections ?? new Dictionary<string, string?>())
        {
            // Names only, never numbers: "3" would parse as an enum value.
            if (!Enum.TryParse<NoteSectionKind>(name, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || name.Any(char.IsDigit) || !allowed.Contains(kind))
            {
                v.Add("Sections", new Message(NoteMessages.SectionNotInFormat));
                continue;
            }
            if (text is null) continue;
            v.MultiLine(SectionField(kind), text, Note.MaxSectionLength, new Message(NoteMessages.SectionText, NoteMessages.Section(kind)));
            sections[kind] = text;
        }

        var participants = input.Participants ?? [];
        if (participants.Count > Note.MaxParticipants) v.Add("Participants", new Message(NoteMessages.TooManyParticipants, Note.MaxParticipants));
        for (var i = 0; i < participants.Count && i < Note.MaxParticipants; i++)
        {
            var p = participants[i];
            var field = $"Participants[{i}]";
            if (p is null || p.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                v.Add(field, new Message(NoteMessages.ChooseParticipantKind));
                continue;
            }
            v.SingleLine(field + ".Name", p.Name, Note.MaxParticipantNameLength, new Message(NoteMessages.ParticipantName));
            if (kind is ParticipantKind.Interpreter or ParticipantKind.Other && TextRules.IsBlank(p.Name))
                v.Add(field + ".Name", new Message(ValidationMessages.Required, new Message(NoteMessages.RequiredParticipantName)));
        }
        return sections;
    }
}
