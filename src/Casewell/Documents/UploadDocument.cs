using Casewell.Access;
using Casewell.Clients;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Documents;

/// <summary>
/// Files a document on a client or a case. <paramref name="Read"/> reads the upload off the request, and is called only
/// once the actor is known to be allowed: a refused request is answered before a byte of its body is read or stored.
/// </summary>
public sealed record UploadDocument(DocumentOwner Owner, Func<CancellationToken, Task<PostedDocument>> Read);

public sealed class UploadDocumentHandler(CasewellDbContext db, ClientAccess clients, CaseAccess cases, IDocumentStore store, DocumentSettings settings,
    TimeProvider clock)
{
    public async Task<Result<Guid>> Handle(UploadDocument request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Filing a document is a change of the record: what changing the client or working the case needs (decision 0019).
        var ability = request.Owner.Kind == DocumentOwnerKind.Client ? Ability.EditClients : Ability.WorkCases;
        if (RolePermissions.Refusal(db.Actor, ability) is { } refused) return Result<Guid>.From(refused);
        var target = await TargetAsync(request.Owner, ct);
        if (target is null) return Result<Guid>.NotFound();

        await using var posted = await request.Read(ct);
        if (posted.Unreadable) return Result<Guid>.Invalid("File", new Message(DocumentMessages.FileUnreadable));
        var filed = Document.File(Ids.New(clock), target.Value.ClientId, target.Value.CaseId, CategoryOf(posted.Category), posted.Description, posted.File?.Facts,
            settings.MaxBytes, cases.Actor, clock.GetUtcNow());
        if (filed.Failed) return Result<Guid>.From(filed);
        var document = filed.Value!;

        // The file first, then its row with its audit entry: a save that fails leaves a file no record names, never a
        // record without its file.
        await store.WriteAsync(document.StorageKey, posted.File!.Content, ct);
        db.Documents.Add(document);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(document.Id);
    }

    /// <summary>Whether a page should offer the upload form: the same rule as <see cref="Handle"/>, asked without recording anything.</summary>
    public async Task<bool> OffersUploadAsync(DocumentOwner owner, CancellationToken ct)
    {
        var ability = owner.Kind == DocumentOwnerKind.Client ? Ability.EditClients : Ability.WorkCases;
        if (!RolePermissions.Allows(db.Actor, ability)) return false;
        return owner.Kind == DocumentOwnerKind.Case
            ? await cases.Editable(db.Cases).AnyAsync(c => c.Id == owner.Id, ct)
            : await clients.Editable(db.Clients).AnyAsync(c => c.Id == owner.Id, ct);
    }

    /// <summary>The client (and case) the document goes on, when the actor may change that record; otherwise the refusal is recorded.</summary>
    private async Task<(Guid ClientId, Guid? CaseId)?> TargetAsync(DocumentOwner owner, CancellationToken ct)
    {
        if (owner.Kind == DocumentOwnerKind.Case)
        {
            var clientId = await cases.Editable(db.Cases).Where(c => c.Id == owner.Id).Select(c => (Guid?)c.ClientId).SingleOrDefaultAsync(ct);
            if (clientId is { } id) return (id, owner.Id);
            await cases.RecordCaseRefusalAsync(owner.Id, "file a document", ct);
            return null;
        }
        // A change needs a relationship: an emergency grant opens the record to read only (decision 0018).
        if (await clients.Editable(db.Clients).AnyAsync(c => c.Id == owner.Id, ct)) return (owner.Id, null);
        var exists = await db.Clients.AnyAsync(c => c.Id == owner.Id, ct);
        db.RecordAccess(Audit.AuditAction.ClientAccessRefused, nameof(Client), owner.Id.ToString(), exists ? owner.Id : null, "file a document");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>A category by its exact name; anything else (a number, another word) is no choice, which the rules refuse.</summary>
    private static DocumentCategory? CategoryOf(string? name) =>
        name is not null && Enum.GetNames<DocumentCategory>().Contains(name, StringComparer.Ordinal) ? Enum.Parse<DocumentCategory>(name) : null;
}
