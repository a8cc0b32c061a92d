namespace Casewell.Notes;

/// <summary>
/// PostgreSQL's side of the lock on signed notes (see <see cref="SqliteNoteSql"/>): a signed note, its sections and
/// participants, and every addendum refuse UPDATE and DELETE (and a signed note's parts INSERT) in the database itself.
/// </summary>
public static class PostgresNoteSql
{
    public static IEnumerable<string> CreateTriggers() =>
    [
        """
        CREATE FUNCTION casewell_refuse_signed_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'a signed note is locked: % of % refused', TG_OP, TG_TABLE_NAME;
        END $$;
        """,
        """
        CREATE FUNCTION casewell_refuse_signed_note_part_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE note uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW."NoteId" ELSE OLD."NoteId" END;
        BEGIN
            IF EXISTS (SELECT 1 FROM "Notes" WHERE "Id" = note AND "Status" = 'Signed') THEN
                RAISE EXCEPTION 'a signed note is locked: % of % refused', TG_OP, TG_TABLE_NAME;
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$;
        """,
        """
        CREATE TRIGGER "Notes_signed_locked" BEFORE UPDATE OR DELETE ON "Notes"
            FOR EACH ROW WHEN (OLD."Status" = 'Signed') EXECUTE FUNCTION casewell_refuse_signed_note_change();
        """,
        """
        CREATE TRIGGER "NoteSections_signed_locked" BEFORE INSERT OR UPDATE OR DELETE ON "NoteSections"
            FOR EACH ROW EXECUTE FUNCTION casewell_refuse_signed_note_part_change();
        """,
        """
        CREATE TRIGGER "NoteParticipants_signed_locked" BEFORE INSERT OR UPDATE OR DELETE ON "NoteParticipants"
            FOR EACH ROW EXECUTE FUNCTION casewell_refuse_signed_note_part_change();
        """,
        """
        CREATE TRIGGER "NoteAddenda_locked" BEFORE UPDATE OR DELETE ON "NoteAddenda"
            FOR EACH ROW EXECUTE FUNCTION casewell_refuse_signed_note_change();
        """,
        """CREATE TRIGGER "Notes_truncate_refused" BEFORE TRUNCATE ON "Notes" EXECUTE FUNCTION casewell_refuse_signed_note_change();""",
        """CREATE TRIGGER "NoteAddenda_truncate_refused" BEFORE TRUNCATE ON "NoteAddenda" EXECUTE FUNCTION casewell_refuse_signed_note_change();""",
    ];

    public static IEnumerable<string> DropTriggers() =>
    [
        """DROP TRIGGER IF EXISTS "NoteAddenda_truncate_refused" ON "NoteAddenda";""",
        """DROP TRIGGER IF EXISTS "Notes_truncate_refused" ON "Notes";""",
        """DROP TRIGGER IF EXISTS "NoteAddenda_locked" ON "NoteAddenda";""",
        """DROP TRIGGER IF EXISTS "NoteParticipants_signed_locked" ON "NoteParticipants";""",
        """DROP TRIGGER IF EXISTS "NoteSections_signed_locked" ON "NoteSections";""",
        """DROP TRIGGER IF EXISTS "Notes_signed_locked" ON "Notes";""",
        "DROP FUNCTION IF EXISTS casewell_refuse_signed_note_part_change();",
        "DROP FUNCTION IF EXISTS casewell_refuse_signed_note_change();",
    ];

    /// <summary>
    /// The search index: a GIN index on the expression <c>to_tsvector('simple', "Text")</c> of each section. The simple
    /// configuration (no stemming, no stop words) because notes are full of names, places and abbreviations that an
    /// English stemmer would mangle, and because it finds what SQLite's unicode61 tokenizer finds (decision 0031). An
    /// expression index needs no column, trigger or backfill, and leaves the signed-note lock untouched.
    /// </summary>
    public static IEnumerable<string> CreateSearch() =>
    [
        """CREATE INDEX "IX_NoteSections_Search" ON "NoteSections" USING GIN (to_tsvector('simple'::regconfig, "Text"));""",
    ];

    public static IEnumerable<string> DropSearch() => ["""DROP INDEX IF EXISTS "IX_NoteSections_Search";"""];

    /// <summary>
    /// The ids of the notes with a section matching tsquery {<paramref name="index"/>}, as one column named Value; the
    /// expression is the index's, word for word, so that PostgreSQL uses it.
    /// </summary>
    public static string NotesMatching(int index) =>
        $$"""SELECT "NoteId" AS "Value" FROM "NoteSections" WHERE to_tsvector('simple'::regconfig, "Text") @@ to_tsquery('simple'::regconfig, {{{index}}})""";
}
