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

    /// <summary>
    /// The search index: one FTS5 row per note holding all its sections' text, rebuilt by triggers whenever a section is
    /// written. Its rowid comes from <c>NoteSearchRows</c> (an INTEGER PRIMARY KEY, which VACUUM never renumbers), not from
    /// NoteSections' implicit rowid, which VACUUM may renumber and so would point the index at the wrong notes. The
    /// triggers run AFTER the section's change, so a change the lock refuses (BEFORE) never reaches the index. Drafts are
    /// indexed too: the reader's access rules decide who finds them (<see cref="Access.NoteAccess"/>).
    /// </summary>
    public static IEnumerable<string> CreateSearch()
    {
        yield return """CREATE TABLE "NoteSearchRows" ("RowId" INTEGER NOT NULL PRIMARY KEY, "NoteId" TEXT NOT NULL UNIQUE);""";
        // Accents kept (remove_diacritics 0), as PostgreSQL's simple configuration keeps them: both databases find the same notes.
        yield return """CREATE VIRTUAL TABLE "NoteSearch" USING fts5("Text", tokenize = 'unicode61 remove_diacritics 0');""";
        foreach (var (name, verb, note) in new[] { ("insert", "INSERT", "NEW"), ("update", "UPDATE OF \"Text\"", "NEW"), ("delete", "DELETE", "OLD") })
        {
            yield return $"""
                CREATE TRIGGER "NoteSections_search_{name}" AFTER {verb} ON "NoteSections"
                BEGIN
                    {Reindex($"{note}.\"NoteId\"")}
                END;
                """;
        }
        yield return """
            CREATE TRIGGER "Notes_search_delete" AFTER DELETE ON "Notes"
            BEGIN
                DELETE FROM "NoteSearch" WHERE rowid = (SELECT "RowId" FROM "NoteSearchRows" WHERE "NoteId" = OLD."Id");
                DELETE FROM "NoteSearchRows" WHERE "NoteId" = OLD."Id";
            END;
            """;
        // The notes written before the index.
        yield return """INSERT INTO "NoteSearchRows" ("NoteId") SELECT DISTINCT "NoteId" FROM "NoteSections";""";
        yield return """
            INSERT INTO "NoteSearch" (rowid, "Text")
            SELECT r."RowId", (SELECT group_concat(s."Text", ' ') FROM "NoteSections" s WHERE s."NoteId" = r."NoteId") FROM "NoteSearchRows" r;
            """;
    }

    public static IEnumerable<string> DropSearch() =>
    [
        """DROP TRIGGER IF EXISTS "Notes_search_delete";""",
        """DROP TRIGGER IF EXISTS "NoteSections_search_delete";""",
        """DROP TRIGGER IF EXISTS "NoteSections_search_update";""",
        """DROP TRIGGER IF EXISTS "NoteSections_search_insert";""",
        """DROP TABLE IF EXISTS "NoteSearch";""",
        """DROP TABLE IF EXISTS "NoteSearchRows";""",
    ];

    /// <summary>The ids of the notes holding every word of the MATCH expression {0} (<see cref="NoteSearchText.ToFts5"/>), as one column named Value.</summary>
    public const string MatchingNotes = """
        SELECT r."NoteId" AS "Value" FROM "NoteSearch" f JOIN "NoteSearchRows" r ON r."RowId" = f.rowid WHERE "NoteSearch" MATCH {0}
        """;

    private static string Reindex(string note) => $"""
        INSERT OR IGNORE INTO "NoteSearchRows" ("NoteId") VALUES ({note});
                DELETE FROM "NoteSearch" WHERE rowid = (SELECT "RowId" FROM "NoteSearchRows" WHERE "NoteId" = {note});
                INSERT INTO "NoteSearch" (rowid, "Text")
                    SELECT r."RowId", (SELECT group_concat(s."Text", ' ') FROM "NoteSections" s WHERE s."NoteId" = {note})
                    FROM "NoteSearchRows" r WHERE r."NoteId" = {note};
        """;
}
