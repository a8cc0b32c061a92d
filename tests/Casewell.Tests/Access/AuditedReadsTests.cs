using System.Reflection;
using Casewell.Access;
using Casewell.Audit;
using Casewell.Data;

namespace Casewell.Tests.Access;

/// <summary>
/// Reads are audited structurally (decision record 0017): the readers in Access/ both filter and record, read use
/// cases depend on them, and no code outside Access/ names a read of client or case content for itself. These are
/// checks of the code's shape, by reflection and by reading the sources; what each read records is tested over HTTP.
/// </summary>
public sealed class AuditedReadsTests
{
    private static readonly Type[] Readers = [typeof(CaseReads), typeof(ClientReads), typeof(ListReads), typeof(CourtReportReads)];

    /// <summary>Read use cases that show no client or case content, each with why; anything new must earn its place here.</summary>
    private static readonly Dictionary<string, string> ShowNoClientContent = new()
    {
        ["ListAssignableWorkersHandler"] = "worker names and load counts, on pages (case, queue, worker caseload) whose own read is recorded",
        ["ListAuditTrailHandler"] = "the audit trail itself, recorded as AuditTrail.Viewed by its handler",
        ["ListPrivacyReviewHandler"] = "review items about staff, recorded as PrivacyReview.Viewed by its handler",
        ["ListCaseTypesHandler"] = "configuration",
        ["ListOrganizationHandler"] = "programs and teams",
        ["ListStaffHandler"] = "staff accounts",
        ["ListStaffForAuditHandler"] = "staff ids and names for the auditor's filter, which the trail names anyway",
        ["GetRestrictionHandler"] = "a restriction's reason and access list, to those who manage it; the record itself is not read",
        ["GetRestrictionMarkHandler"] = "whether a record its reader may read is restricted, shown beside the content its page read through a reader",
        ["ListRestrictionCandidatesHandler"] = "the active staff a manager may add to an access list: names, no client content",
    };

    /// <summary>The actions of reads of client or case content: only the readers in Access/ record them.</summary>
    private static readonly AuditAction[] ContentReads =
    [
        AuditAction.ClientViewed, AuditAction.ClientSearched, AuditAction.ClientCasesListed, AuditAction.ClientDuplicatesListed,
        AuditAction.ClientHouseholdListed, AuditAction.CaseViewed, AuditAction.CaseTimelineViewed, AuditAction.CaseTasksViewed,
        AuditAction.CaseContactsViewed, AuditAction.TaskViewed, AuditAction.CaseloadListed, AuditAction.TeamCaseloadsListed,
        AuditAction.QueueListed, AuditAction.MyTasksListed, AuditAction.MyWorkListed, AuditAction.ContactsDueListed,
        AuditAction.CaseNotesViewed, AuditAction.NoteViewed,
        AuditAction.CourtReportGenerated, AuditAction.CourtReportViewed, AuditAction.CourtReportExported, AuditAction.CourtReportsListed,
        AuditAction.ClientDocumentsListed, AuditAction.CaseDocumentsListed, AuditAction.DocumentDownloaded,
        AuditAction.CaseHearingsViewed, AuditAction.HearingViewed, AuditAction.MyHearingsListed,
        AuditAction.EmergencyClientViewed,
    ];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Casewell.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("The tests run from inside the repository; Casewell.slnx was not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<(string Path, string Text)> Sources(string under) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), under), "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".razor", StringComparison.Ordinal))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(RepositoryRoot(), p).Replace('\\', '/'), File.ReadAllText(p)));

    [Fact]
    public void Every_read_use_case_takes_a_reader_that_records_what_it_shows()
    {
        // A use case is named by its verb (CONVENTIONS.md): Get, List, Search and Find are the reads.
        var reads = typeof(CasewellDbContext).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .Where(t => new[] { "Get", "List", "Search", "Find" }.Any(v => t.Name.StartsWith(v, StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(reads);

        var unaudited = reads
            .Where(t => !ShowNoClientContent.ContainsKey(t.Name))
            .Where(t => !t.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => Readers.Contains(p.ParameterType)))
            .Select(t => t.Name).ToList();
        Assert.True(unaudited.Count == 0, "These read use cases show content without a reader from Access/ (CaseReads, ClientReads, ListReads, CourtReportReads): " + string.Join(", ", unaudited));
        // The list of exceptions names handlers that exist, so it cannot keep a place for one that is gone.
        Assert.All(ShowNoClientContent.Keys, name => Assert.Contains(reads, t => t.Name == name));
    }

    [Fact]
    public void No_code_outside_Access_records_a_read_of_client_or_case_content_itself()
    {
        var named = (from source in Sources("src")
                     where !source.Path.StartsWith("src/Casewell/Access/", StringComparison.Ordinal)
                         && source.Path != "src/Casewell/Audit/AuditAction.cs"
                         // The auditor's groups name the read actions to find them, not to record them.
                         && source.Path != "src/Casewell/Audit/AuditActionGroups.cs"
                     from action in ContentReads
                     let field = typeof(AuditAction).GetFields(BindingFlags.Public | BindingFlags.Static).Single(f => f.GetValue(null) == action).Name
                     // By the typed value, or by its stored name as a string (a string overload would let one through).
                     where source.Text.Contains($"AuditAction.{field}", StringComparison.Ordinal)
                         || source.Text.Contains($"\"{action.Name}\"", StringComparison.Ordinal)
                     select $"{source.Path}: {action.Name}").ToList();

        Assert.True(named.Count == 0, "Reads are recorded by the readers in Access/, which also filter: " + string.Join("; ", named));
    }

    [Fact]
    public void The_readers_record_every_content_read_action_there_is()
    {
        var access = string.Concat(Sources("src/Casewell/Access").Select(s => s.Text));
        var fields = typeof(AuditAction).GetFields(BindingFlags.Public | BindingFlags.Static);

        Assert.All(ContentReads, action =>
            Assert.Contains($"AuditAction.{fields.Single(f => f.GetValue(null) == action).Name}", access, StringComparison.Ordinal));
    }

    [Fact]
    public void The_actions_already_in_stored_trails_keep_their_names()
    {
        // Entries written before actions were typed carry these names; the auditor's filters and the identifier
        // lookup limit (which counts Client.IdentifierLookup entries) find them by name.
        string[] stored =
        [
            "Client.Viewed", "Client.Searched", "Client.IdentifierLookup", "Client.IdentifierLookupRefused", "Client.RegisteredDespiteCandidates",
            "Case.Viewed", "Case.TimelineViewed", "Case.TasksViewed", "Case.ContactsViewed", "Task.Viewed",
            "Case.AccessRefused", "Task.AccessRefused", "Team.AccessRefused", "Staff.AccessRefused", "Endpoint.AccessRefused",
            "AuditTrail.Viewed", "PrivacyReview.Viewed", "Staff.SignedIn", "Staff.SignInFailed", "Staff.SignedOut", "Staff.Activated",
            "DemoData.Seeded",
        ];
        var known = AuditAction.WellKnown.Select(a => a.Name).ToList();

        Assert.All(stored, name => Assert.Contains(name, known));
        Assert.Equal(known.Count, known.Distinct().Count());
        var declared = typeof(AuditAction).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetValue(null)).ToList();
        Assert.Equal(declared.Count, AuditAction.WellKnown.Count);
        Assert.All(AuditAction.WellKnown, a => Assert.Contains(a, declared));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Loaded")]
    [InlineData("Import.Rows Loaded")]
    [InlineData("Import.Loaded.Twice")]
    [InlineData("Import.")]
    public void A_load_s_own_action_is_named_Area_dot_Verb_in_letters(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => AuditAction.Load(name));

    [Fact]
    public void A_load_named_properly_keeps_its_name() => Assert.Equal("Import.Loaded", AuditAction.Load("Import.Loaded").Name);
}
