namespace Casewell.Notes;

/// <summary>
/// SQLite's side of the lock on signed notes: triggers that refuse any change or deletion of a signed note, of its
/// sections and participants, and of any addendum, so that not even a bug in a path that skips the entity (a bulk
/// update, a hand-run statement through the app's connection) can rewrite what a court may read.
/// </summary>
public static class SqliteNoteSql
{
    private const string NoteOfOld = """(SELECT "Status" FROM "Notes" WHERE "Id" = OLD."NoteId") = 'Signed'""";
    private const string NoteOfNew = """(SELECT "Status" FROM "Notes" WHERE "Id" = NEW."NoteId") = 'Signed'""";

    private static readonly (string Name, string Table, string Verb, string? When)[] Triggers =
    [
        ("Notes_signed_refuse_update", "Notes", "UPDATE", """OLD."Status" = 'Signed'"""),
        ("Notes_signed_refuse_delete", "Notes", "DELETE", """OLD."Status" = 'Signed'"""),
        ("NoteSections_signed_refuse_insert", "NoteSections", "INSERT", NoteOfNew),
        ("NoteSections_signed_refuse_update", "NoteSections", "UPDATE", NoteOfOld),
        ("NoteSections_signed_refuse_delete", "NoteSections", "DELETE", NoteOfOld),
        ("NoteParticipants_signed_refuse_insert", "NoteParticipants", "INSERT", NoteOfNew),
        ("NoteParticipants_signed_refuse_update", "NoteParticipants", "UPDATE", NoteOfOld),
        ("NoteParticipants_signed_refuse_delete", "NoteParticipants", "DELETE", NoteOfOld),
        ("NoteAddenda_refuse_update", "NoteAddenda", "UPDATE", null),
        ("NoteAddenda_refuse_delete", "NoteAddenda", "DELETE", null),
    ];

    public static IEnumerable<string> CreateTriggers() => Triggers.Select(t => $"""
        CREATE TRIGGER "{t.Name}" BEFORE {t.Verb} ON "{t.Table}"{(t.When is null ? "" : $" WHEN {t.When}")}
        BEGIN
            SELECT RAISE(ABORT, 'a signed note is locked: {t.Verb} of {t.Table} refused');
        END;
        """);

    public static IEnumerable<string> DropTriggers() => Triggers.Select(t => $"""DROP TRIGGER IF EXISTS "{t.Name}";""");
}
