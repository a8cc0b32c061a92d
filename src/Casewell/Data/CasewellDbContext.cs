using Casewell.Access;
using Casewell.Audit;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Clients;
using Casewell.Collaterals;
using Casewell.Common;
using Casewell.Consents;
using Casewell.Contacts;
using Casewell.Court;
using Casewell.Documents;
using Casewell.EmergencyAccess;
using Casewell.Households;
using Casewell.Idempotency;
using Casewell.Identity;
using Casewell.Notes;
using Casewell.Organization;
using Casewell.PrivacyReview;
using Casewell.Restrictions;
using Casewell.Security;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Casewell.Data;

/// <summary>
/// The one model of Casewell. Each database has a subclass with its own migrations; handlers depend on this
/// type only. Saving also writes the audit trail, in the same transaction as the change it records.
/// </summary>
public abstract class CasewellDbContext : DbContext
{
    private readonly List<PendingAudit> queuedAudits = [];

    protected CasewellDbContext(DbContextOptions options, CurrentStaff actor, TimeProvider clock, AuditKey auditKey, AuditSource? source = null) : base(options)
    {
        Actor = actor;
        Clock = clock;
        AuditKey = auditKey;
        Source = source ?? AuditSource.OutsideRequests();
    }

    public CurrentStaff Actor { get; private set; }
    public TimeProvider Clock { get; }

    /// <summary>From where this scope acts: every audit entry it writes says so.</summary>
    public AuditSource Source { get; }

    /// <summary>The key of the audit MACs, from the settings (outside the database).</summary>
    internal AuditKey AuditKey { get; }

    /// <summary>
    /// Off only while a <see cref="BulkLoad"/> writes: it records one summary line for the whole load instead of
    /// one per generated row. Internal, so that no request path can turn row auditing off.
    /// </summary>
    internal bool AuditsEachRow { get; set; } = true;

    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();
    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<ServiceProgram> Programs => Set<ServiceProgram>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientChange> ClientChanges => Set<ClientChange>();
    public DbSet<ClientMatchKey> ClientMatchKeys => Set<ClientMatchKey>();
    public DbSet<IdentifierLookupTally> IdentifierLookupTallies => Set<IdentifierLookupTally>();
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<CollateralContact> CollateralContacts => Set<CollateralContact>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<ConsentForm> ConsentForms => Set<ConsentForm>();
    public DbSet<Disclosure> Disclosures => Set<Disclosure>();
    public DbSet<CaseType> CaseTypes => Set<CaseType>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseAssignment> CaseAssignments => Set<CaseAssignment>();
    public DbSet<CaseMember> CaseMembers => Set<CaseMember>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<CaseContact> CaseContacts => Set<CaseContact>();
    public DbSet<CaseNumberSequence> CaseNumberSequences => Set<CaseNumberSequence>();
    public DbSet<CaseTask> Tasks => Set<CaseTask>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditEntryClient> AuditEntryClients => Set<AuditEntryClient>();
    public DbSet<AuditSeal> AuditSeals => Set<AuditSeal>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();
    public DbSet<AuditRetention> AuditRetentions => Set<AuditRetention>();
    public DbSet<PrivacyReviewItem> PrivacyReviewItems => Set<PrivacyReviewItem>();
    public DbSet<Restriction> Restrictions => Set<Restriction>();
    public DbSet<EmergencyGrant> EmergencyGrants => Set<EmergencyGrant>();
    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();
    public DbSet<FieldKeyCheck> FieldKeyChecks => Set<FieldKeyCheck>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Note> Notes => Set<Note>();
    public DbSet<NoteSection> NoteSections => Set<NoteSection>();
    public DbSet<NoteParticipant> NoteParticipants => Set<NoteParticipant>();
    public DbSet<NoteAddendum> NoteAddenda => Set<NoteAddendum>();
    public DbSet<CourtReport> CourtReports => Set<CourtReport>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<CourtHearing> CourtHearings => Set<CourtHearing>();
    public DbSet<CourtHearingParty> CourtHearingParties => Set<CourtHearingParty>();

    /// <summary>
    /// A sign-in's request is anonymous until its cookie is set, but what it records and changes from the moment
    /// the password is right is the account's doing. Internal: only the sign-in use case may say who is acting.
    /// </summary>
    internal void ActAs(CurrentStaff staff) => Actor = staff;

    /// <summary>Records something that is not a write (a view of a profile, an export) with the next save.</summary>
    public void RecordAccess(AuditAction action, string entityType, string? entityId, Guid? clientId, string? details = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        queuedAudits.Add(new PendingAudit(Clock.GetUtcNow(), Actor.Id, Actor.Name, action.Name, entityType, entityId, clientId, details)
        { Source = Source.Current });
    }

    /// <summary>
    /// Records a list read (a caseload, a queue, a search) as one entry naming every client it showed, with the next
    /// save: the clients go into rows of their own (<see cref="AuditEntryClient"/>), covered by the entry's MAC.
    /// </summary>
    public void RecordListAccess(AuditAction action, string entityType, IReadOnlyCollection<Guid> clientIds, string? details = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(clientIds);
        var shown = clientIds.Distinct().ToList();
        queuedAudits.Add(new PendingAudit(Clock.GetUtcNow(), Actor.Id, Actor.Name, action.Name, entityType, null,
            shown.Count == 1 ? shown[0] : null, details is null ? $"{shown.Count} shown" : $"{details}; {shown.Count} shown")
        { ShownClients = shown, Source = Source.Current });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Casewell saves asynchronously only: call SaveChangesAsync, which also writes the audit trail.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        BumpVersions();
        var pending = (AuditsEachRow ? await AuditOfChangesAsync(cancellationToken) : []).Concat(queuedAudits).ToList();
        queuedAudits.Clear();
        if (pending.Count == 0 && !ChangeTracker.HasChanges()) return 0;
        // Inside a transaction someone began, the turn to write is theirs to have taken.
        if (Database.CurrentTransaction is not null) return await SaveWithAuditAsync(pending, acceptAllChangesOnSuccess, cancellationToken);

        using var turn = await EnterWriteTurnAsync(cancellationToken);
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var written = await SaveWithAuditAsync(pending, acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>
    /// The changes and their audit entries, in the current transaction. No lock and no read of the trail: the database
    /// numbers the entries, and the sealer chains them after they commit.
    /// </summary>
    private async Task<int> SaveWithAuditAsync(List<PendingAudit> pending, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        foreach (var audit in pending)
        {
            var entry = new AuditEntry(audit, AuditKey);
            AuditEntries.Add(entry);
            foreach (var clientId in audit.ShownClients.Distinct()) AuditEntryClients.Add(new AuditEntryClient(entry, clientId));
        }
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Begins a transaction that spans a whole use case and whatever its caller writes after it (an idempotent
    /// create and the record of its answer), after waiting for the turn to write where the database has one.
    /// Saves inside it join it rather than begin their own.
    /// </summary>
    public async Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var turn = await EnterWriteTurnAsync(cancellationToken);
        try
        {
            return new WriteTransaction(await Database.BeginTransactionAsync(cancellationToken), turn);
        }
        catch
        {
            turn?.Dispose();
            throw;
        }
    }

    /// <summary>Makes the audit tables' partitions from the month of <paramref name="now"/> on, where the database partitions them.</summary>
    internal virtual Task<int> EnsureAuditPartitionsAsync(DateTimeOffset now, int monthsAhead, CancellationToken cancellationToken) => Task.FromResult(0);

    /// <summary>Whether the audit tables are partitioned by month, so that months past retention can be dropped (PostgreSQL).</summary>
    internal virtual bool PartitionsAuditTrail => false;

    /// <summary>The months (their first instant, UTC) whose audit partitions exist and end by <paramref name="before"/>.</summary>
    internal virtual Task<IReadOnlyList<DateTimeOffset>> AuditMonthsBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The audit trail has no monthly partitions on this database.");

    /// <summary>Detaches and drops one month's audit partitions, through the database's one function for it (decision 0025).</summary>
    internal virtual Task DropAuditMonthAsync(DateTimeOffset month, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The audit trail has no monthly partitions on this database.");

    /// <summary>Inside a write transaction: waits for the sealer's turn and holds it to the end, so no seal is written meanwhile.</summary>
    internal virtual Task WaitForSealerTurnAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Tunes the open connection for a load of many rows in one transaction (<see cref="BulkLoad"/>).</summary>
    internal virtual Task PrepareForBulkLoadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Before a bulk load's transaction begins: settings that cannot change inside one.</summary>
    internal virtual Task BeforeBulkLoadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// After a bulk load's transaction has ended, committed or not: puts back what <see cref="BeforeBulkLoadAsync"/>
    /// changed, and brings the planner's statistics up to date where the database keeps them.
    /// </summary>
    internal virtual Task AfterBulkLoadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Waits for this process's turn to begin a write transaction, where the database lets one writer in at a
    /// time and makes the others poll; disposing it passes the turn on. Null where writers need not queue here.
    /// </summary>
    protected virtual Task<IDisposable?> EnterWriteTurnAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);

    /// <summary>
    /// Inside a write transaction: whether this sealer may seal now, holding the turn until the transaction ends; false
    /// when another sealer (another instance) is at it. Only sealers take this turn, so no writer ever waits for it.
    /// </summary>
    internal abstract Task<bool> TryTakeSealerTurnAsync(CancellationToken cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CasewellDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
        // Casewell makes every id itself (time-ordered GUIDs). Left to convention, EF would take a child with an
        // id, added to a loaded aggregate (an assignment to a case), for an existing row and try to update it.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()).Select(e => e.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid))) property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored by name: readable in reports and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }
    }

    private async Task<List<PendingAudit>> AuditOfChangesAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var source = Source.Current;
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            // Timeline entries and number counters are themselves the record of a change that is audited.
            // Sessions and sign-in throttles are recorded as Staff.SignedIn, Staff.SignedOut and Staff.SignInFailed; an
            // idempotency record is the answer to a create, which is audited as itself; an identifier lookup tally
            // changes with each lookup, which is audited as Client.IdentifierLookup (or ...Refused).
            .Where(e => e.Entity is not (AuditEntry or AuditEntryClient or AuditSeal or AuditCheckpoint or ClientMatchKey or DataProtectionKeyRecord or CaseEvent or CaseNumberSequence
                or StaffSession or SignInThrottle or IdempotencyRecord or IdentifierLookupTally))
            .ToList();
        var clientsOfCases = await ClientsOfCasesAsync(changed, cancellationToken);
        var audits = new List<PendingAudit>(changed.Count);
        foreach (var entry in changed)
        {
            var type = entry.Metadata.ClrType.Name;
            var verb = entry.State switch
            {
                EntityState.Added => "Created",
                EntityState.Deleted => "Deleted",
                _ => "Updated",
            };
            // Names of the changed fields, never their values: the trail must not become a second copy of
            // the record's most sensitive content.
            string? details = entry.State == EntityState.Modified
                ? string.Join(", ", entry.Properties.Where(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version)).Select(p => p.Metadata.Name))
                : null;
            audits.Add(new PendingAudit(now, Actor.Id, Actor.Name, $"{type}.{verb}", type, KeyOf(entry), ClientIdOf(entry, clientsOfCases), details)
            { Source = source });
        }
        return audits;
    }

    /// <summary>
    /// The client of each case whose parts (tasks, contacts, assignments) are among the changes, so that their
    /// entries are found with everything else about the client: from the case being saved with them, or else read.
    /// </summary>
    private async Task<Dictionary<Guid, Guid>> ClientsOfCasesAsync(List<EntityEntry> changed, CancellationToken cancellationToken)
    {
        var clients = ChangeTracker.Entries<Case>().ToDictionary(e => e.Entity.Id, e => e.Entity.ClientId);
        var missing = changed.Select(CaseIdOf).OfType<Guid>().Where(id => !clients.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0) return clients;
        var read = await Cases.AsNoTracking().Where(c => missing.Contains(c.Id)).Select(c => new { c.Id, c.ClientId }).ToListAsync(cancellationToken);
        foreach (var @case in read) clients[@case.Id] = @case.ClientId;
        return clients;
    }

    /// <summary>The case of a part of a case that names no client of its own.</summary>
    private static Guid? CaseIdOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("ClientId") is null && entry.Metadata.FindProperty("CaseId") is { } caseId
            ? entry.Property(caseId.Name).CurrentValue as Guid?
            : null;

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return null;
        return string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
    }

    private static Guid? ClientIdOf(EntityEntry entry, Dictionary<Guid, Guid> clientsOfCases)
    {
        if (entry.Entity is Client client) return client.Id;
        if (CaseIdOf(entry) is { } caseId) return clientsOfCases.TryGetValue(caseId, out var clientId) ? clientId : null;
        var property = entry.Metadata.FindProperty("ClientId");
        return property is null ? null : entry.Property(property.Name).CurrentValue as Guid?;
    }
}
