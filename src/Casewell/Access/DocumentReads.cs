using System.Security.Cryptography;
using Casewell.Audit;
using Casewell.Cases;
using Casewell.Clients;
using Casewell.Common;
using Casewell.Data;
using Casewell.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Casewell.Access;

/// <summary>
/// The one way to list documents and to download one: loads through the client and case rules and records the read (or
/// the refusal) before anything is returned. A client's documents follow the client (<see cref="ClientAccess"/>), a
/// case's the case (<see cref="CaseAccess.Readable"/>). An emergency grant lists the client's documents, flagged, but
/// hands out no file (decision 0023): a copy outlives the grant's hour and carries no banner.
/// A download is checked against the SHA-256 taken at upload before a byte is sent; a missing or changed file is
/// refused with its reason and logged, never sent and never a server error.
/// </summary>
public sealed class DocumentReads(CasewellDbContext db, ClientAccess clients, CaseAccess cases, EmergencyAccessInUse inUse, IDocumentStore store,
    ILogger<DocumentReads> logger)
{
    public async Task<Result<ClientDocuments>> ClientDocumentsAsync(Guid clientId, int? page, int? pageSize, CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ReadClients) is { } refused) return Result<ClientDocuments>.From(refused);
        string? through = null;
        if (!await clients.ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == clientId, ct))
        {
            if (await clients.ActiveGrantAsync(clientId, ct) is not { } grant)
            {
                await RefuseClientAsync(clientId, "list documents", ct);
                return Result<ClientDocuments>.NotFound();
            }
            inUse.Use(grant);
            through = $"through emergency grant {grant.GrantId}";
        }
        var name = await db.Clients.Where(c => c.Id == clientId).Select(c => (c.PreferredName ?? c.FirstName) + " " + c.LastName).SingleAsync(ct);
        var (number, size) = PageOf<Document>.Normalize(page, pageSize);
        var documents = await PageOf<Document>.ReadAsync(db.Documents.AsNoTracking().Where(d => d.ClientId == clientId && d.CaseId == null)
            .OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id), number, size, ct);
        db.RecordAccess(AuditAction.ClientDocumentsListed, nameof(Client), clientId.ToString(), clientId, Details(documents, through));
        await db.SaveChangesAsync(ct);
        return Result<ClientDocuments>.Ok(new ClientDocuments(clientId, name, documents, through is not null));
    }

    public async Task<Result<CaseDocuments>> CaseDocumentsAsync(Guid caseId, int? page, int? pageSize, CancellationToken ct)
    {
        var heading = await (from c in cases.Readable(db.Cases).AsNoTracking()
                             where c.Id == caseId
                             join client in db.Clients on c.ClientId equals client.Id
                             select new CaseHeading(c.Id, c.CaseNumber, c.ClientId, (client.PreferredName ?? client.FirstName) + " " + client.LastName, c.Status, c.Version))
            .SingleOrDefaultAsync(ct);
        if (heading is null)
        {
            await cases.RecordCaseRefusalAsync(caseId, "list its documents", ct);
            return Result<CaseDocuments>.NotFound();
        }
        var (number, size) = PageOf<Document>.Normalize(page, pageSize);
        var documents = await PageOf<Document>.ReadAsync(db.Documents.AsNoTracking().Where(d => d.CaseId == caseId)
            .OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id), number, size, ct);
        db.RecordAccess(AuditAction.CaseDocumentsListed, nameof(Case), caseId.ToString(), heading.ClientId, Details(documents, null));
        await db.SaveChangesAsync(ct);
        return Result<CaseDocuments>.Ok(new CaseDocuments(heading, documents));
    }

    /// <summary>
    /// The document's content, once it is known to be the file that was uploaded; the download is recorded first. A missing
    /// or damaged file is answered with the document and why, and nothing is recorded as downloaded.
    /// </summary>
    public async Task<Result<DocumentDownload>> DownloadAsync(Guid documentId, CancellationToken ct)
    {
        if (RolePermissions.Refusal(db.Actor, Ability.ReadClients) is { } refused) return Result<DocumentDownload>.From(refused);
        var workClients = clients.ReachedThroughWork(db.Clients);
        var readableCases = cases.Readable(db.Cases);
        var document = await db.Documents.AsNoTracking()
            .Where(d => d.Id == documentId
                && ((d.CaseId == null && workClients.Any(c => c.Id == d.ClientId)) || (d.CaseId != null && readableCases.Any(k => k.Id == d.CaseId))))
            .SingleOrDefaultAsync(ct);
        if (document is null) return await RefuseDownloadAsync(documentId, ct);

        var content = await VerifiedContentAsync(document, ct);
        if (content.Failed) return Result<DocumentDownload>.Ok(new DocumentDownload(document, null, content.Detail));
        db.RecordAccess(AuditAction.DocumentDownloaded, nameof(Document), document.Id.ToString(), document.ClientId,
            document.CaseId is { } onCase ? $"case {onCase}" : null);
        await db.SaveChangesAsync(ct);
        return Result<DocumentDownload>.Ok(new DocumentDownload(document, content.Value!, null));
    }

    /// <summary>
    /// A download refused: 403 for a client's document the actor reads only through an emergency grant, 404 otherwise.
    /// The same questions are asked whether or not there is such a document, so that the number of queries does not tell.
    /// </summary>
    private async Task<Result<DocumentDownload>> RefuseDownloadAsync(Guid documentId, CancellationToken ct)
    {
        var owner = await db.Documents.Where(d => d.Id == documentId).Select(d => new { d.ClientId, d.CaseId }).SingleOrDefaultAsync(ct);
        var grant = await clients.ActiveGrantAsync(owner?.ClientId ?? Guid.Empty, ct);
        if (owner is { CaseId: null } && grant is not null)
        {
            inUse.Use(grant);
            db.RecordAccess(AuditAction.DocumentAccessRefused, nameof(Document), documentId.ToString(), owner.ClientId, $"download through emergency grant {grant.GrantId}");
            await db.SaveChangesAsync(ct);
            return Result<DocumentDownload>.Forbidden(new Message(AccessMessages.NoFilesThroughEmergencyGrant));
        }
        db.RecordAccess(AuditAction.DocumentAccessRefused, nameof(Document), documentId.ToString(), owner?.ClientId, "download");
        await db.SaveChangesAsync(ct);
        return Result<DocumentDownload>.NotFound();
    }

    /// <summary>The stored file, read through once to check its size and SHA-256, then from its start again.</summary>
    private async Task<Result<Stream>> VerifiedContentAsync(Document document, CancellationToken ct)
    {
        var stream = await store.OpenAsync(document.StorageKey, ct);
        if (stream is null)
        {
            logger.LogError("Document {DocumentId} names stored file {StorageKey}, which the document store does not have.", document.Id, document.StorageKey);
            return Result<Stream>.Refused(new Message(DocumentMessages.StoredFileMissing));
        }
        var hash = await SHA256.HashDataAsync(stream, ct);
        var length = stream.CanSeek ? stream.Length : document.SizeBytes;
        if (length != document.SizeBytes || !string.Equals(Convert.ToHexStringLower(hash), document.Sha256, StringComparison.Ordinal))
        {
            await stream.DisposeAsync();
            logger.LogError("Document {DocumentId}: stored file {StorageKey} no longer matches the SHA-256 taken at upload.", document.Id, document.StorageKey);
            return Result<Stream>.Refused(new Message(DocumentMessages.StoredFileDamaged));
        }
        if (stream.CanSeek)
        {
            stream.Position = 0;
            return Result<Stream>.Ok(stream);
        }
        // A store whose streams cannot rewind is read twice; what it hands out the second time was checked a moment ago.
        await stream.DisposeAsync();
        return await store.OpenAsync(document.StorageKey, ct) is { } again ? Result<Stream>.Ok(again) : Result<Stream>.Refused(new Message(DocumentMessages.StoredFileMissing));
    }

    private async Task RefuseClientAsync(Guid clientId, string attempt, CancellationToken ct)
    {
        var exists = await db.Clients.AnyAsync(c => c.Id == clientId, ct);
        db.RecordAccess(AuditAction.ClientAccessRefused, nameof(Client), clientId.ToString(), exists ? clientId : null, attempt);
        await db.SaveChangesAsync(ct);
    }

    private static string Details(PageOf<Document> documents, string? through)
    {
        var shown = documents.Items.Count == 0 ? "no documents" : "documents " + string.Join(" ", documents.Items.Select(d => d.Id));
        return through is null ? shown : $"{shown} {through}";
    }
}
