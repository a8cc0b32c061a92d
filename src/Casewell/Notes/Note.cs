using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Notes;

/// <summary>
/// The documentation of a contact or an event on a case. A draft is its author's alone and changes as they type;
/// signing locks it for good (the case file must stand up in court): from then on it refuses every change, and a
/// correction is an <see cref="NoteAddendum"/> of its own.
/// </summary>
public sealed class Note : IVersioned
{
    public const int MaxLocationLength = 200;
    public const int MaxSectionLength = 20_000;
    public const int MaxParticipants = 20;
    public const int MaxParticipantNameLength = 200;
    public const int MaxLateEntryReasonLength = 2000;

    /// <summary>A contact longer than a day is two notes.</summary>
    public const int MaxDurationMinutes = 24 * 60;

    private readonly List<NoteSection> sections = [];
    private readonly List<NoteParticipant> participants = [];

    private Note() { }

    public Note(Guid id, Guid caseId, StaffRef author, NoteContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(content);
        Id = id;
        CaseId = caseId;
        AuthorId = author.Id;
        AuthorName = author.Name;
        Status = NoteStatus.Draft;
        CreatedAt = now;
        Apply(content, now);
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public NoteType Type { get; private set; }
    public NoteFormat Format { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public int? DurationMinutes { get; private set; }
    public string? Location { get; private set; }
    public NoteStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the draft was last saved: what "Saved at" on the page says.</summary>
    public DateTimeOffset SavedAt { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    public DateTimeOffset? DiscardedAt { get; private set; }

    /// <summary>Signed later than the agency's delay after the contact ended: courts weigh such notes differently.</summary>
    public bool IsLateEntry { get; private set; }
    public string? LateEntryReason { get; private set; }
    public int Version { get; set; }

    public IReadOnlyList<NoteSection> Sections => sections;
    public IReadOnlyList<NoteParticipant> Participants => participants;

    public bool IsDraft => Status == NoteStatus.Draft;

    /// <summary>When the contact ended, once its start and length are known.</summary>
    public DateTimeOffset? EndedAt => StartedAt is { } start && DurationMinutes is { } minutes ? start.AddMinutes(minutes) : null;

    /// <summary>Whether the draft already holds exactly this: an autosave that repeats itself writes nothing.</summary>
    public bool Holds(NoteContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Type == content.Type && Format == content.Format && StartedAt == Stored(content.StartedAt) && DurationMinutes == content.DurationMinutes
            && Location == TextRules.OrNull(content.Location)
            && SectionsOf(content).SequenceEqual(sections.OrderBy(s => s.Kind).Select(s => (s.Kind, s.Text)))
            && participants.OrderBy(p => p.Position).Select(p => p.Ref).SequenceEqual(content.Participants);
    }

    /// <summary>Replaces the draft's content with what the author has now. A signed note refuses, whoever asks.</summary>
    public Result Revise(NoteContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Locked() is { } locked) return locked;
        Apply(content, now);
        return Result.Ok();
    }

    /// <summary>Throws the draft away. A signed note is never deleted, by anyone.</summary>
    public Result Discard(DateTimeOffset now)
    {
        if (Locked() is { } locked) return locked;
        Status = NoteStatus.Discarded;
        DiscardedAt = now;
        return Result.Ok();
    }

    /// <summary>
    /// Signs the draft: every section of its format written, its time and length known. Signed more than
    /// <paramref name="lateAfter"/> after the contact ended, it is a late entry and needs its reason.
    /// </summary>
    public Result Sign(DateTimeOffset now, TimeSpan lateAfter, string? lateEntryReason)
    {
        if (Locked() is { } locked) return locked;
        var v = new Validation();
        if (StartedAt is null) v.Add("StartedAt", new Message(ValidationMessages.Required, new Message(NoteMessages.RequiredStart)));
        if (DurationMinutes is null) v.Add("DurationMinutes", new Message(ValidationMessages.Required, new Message(NoteMessages.RequiredDuration)));
        foreach (var kind in NoteFormats.SectionsOf(Format).Where(k => TextRules.IsBlank(sections.SingleOrDefault(s => s.Kind == k)?.Text)))
            v.Add(NoteInput.SectionField(kind), new Message(ValidationMessages.Required, new Message(NoteMessages.RequiredSection, NoteMessages.Section(kind))));
        var late = EndedAt is { } ended && now > ended + lateAfter;
        if (late && TextRules.IsBlank(lateEntryReason))
            v.Add("LateEntryReason", new Message(NoteMessages.RequiredLateEntryReason, (int)lateAfter.TotalHours));
        if (v.HasErrors) return v.ToResult();

        Status = NoteStatus.Signed;
        SignedAt = now;
        IsLateEntry = late;
        LateEntryReason = late ? TextRules.OrNull(lateEntryReason) : null;
        return Result.Ok();
    }

    /// <summary>Why no addendum may be added now (a draft is still corrected by editing it), or null when one may.</summary>
    public Result? AddendumRefusal() => Status == NoteStatus.Signed ? null : Result.Refused(new Message(NoteMessages.AddendumOnlyToSigned));

    /// <summary>An addendum to this signed note; the note itself does not change.</summary>
    public Result<NoteAddendum> AddAddendum(Guid id, StaffRef author, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (AddendumRefusal() is { } refused) return Result<NoteAddendum>.From(refused);
        return Result<NoteAddendum>.Ok(new NoteAddendum(id, this, author, text, now));
    }

    private Result? Locked() => Status switch
    {
        NoteStatus.Draft => null,
        NoteStatus.Signed => Result.Refused(new Message(NoteMessages.SignedIsLocked)),
        _ => Result.NotFound(),
    };

    private void Apply(NoteContent content, DateTimeOffset now)
    {
        Type = content.Type;
        Format = content.Format;
        StartedAt = Stored(content.StartedAt);
        DurationMinutes = content.DurationMinutes;
        Location = TextRules.OrNull(content.Location);
        SavedAt = now;

        // Sections are rewritten in place, so that an autosave updates the rows that changed and no others.
        var wanted = SectionsOf(content).ToDictionary(s => s.Kind, s => s.Text);
        sections.RemoveAll(s => !wanted.ContainsKey(s.Kind));
        foreach (var (kind, text) in wanted)
        {
            var section = sections.SingleOrDefault(s => s.Kind == kind);
            if (section is null) sections.Add(new NoteSection(Id, CaseId, kind, text));
            else if (section.Text != text) section.Rewrite(text);
        }

        if (!participants.OrderBy(p => p.Position).Select(p => p.Ref).SequenceEqual(content.Participants))
        {
            participants.Clear();
            participants.AddRange(content.Participants.Select((p, i) => new NoteParticipant(Guid.CreateVersion7(now), Id, CaseId, i, p)));
        }
    }

    /// <summary>
    /// A contact's start as stored: in UTC, to the whole second. A contact is timed to the minute, and PostgreSQL keeps
    /// microseconds where .NET has ticks, so a time kept finer would not compare equal to itself after a round trip.
    /// </summary>
    private static DateTimeOffset? Stored(DateTimeOffset? at) =>
        at is { } value ? new DateTimeOffset(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero) : null;

    /// <summary>The sections of the content that belong to its format, blank ones left out (an empty section is no row).</summary>
    private static IEnumerable<(NoteSectionKind Kind, string Text)> SectionsOf(NoteContent content) =>
        NoteFormats.SectionsOf(content.Format)
            .Where(k => content.Sections.TryGetValue(k, out var text) && !TextRules.IsBlank(text))
            .Select(k => (k, content.Sections[k]))
            .OrderBy(s => s.k);
}
