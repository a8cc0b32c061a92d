using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Consents;

/// <summary>The signed form, as uploaded: a PDF, PNG or JPEG of at most 640 KB, its type told by its first bytes.</summary>
public sealed record AttachConsentForm(Guid ClientId, Guid ConsentId, byte[]? Content);

public sealed class AttachConsentFormHandler(CasewellDbContext db, ClientAccess access, TimeProvider clock)
{
    public async Task<Result> Handle(AttachConsentForm request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageConsents) is { } refused) return refused;
        // A change needs a relationship: an emergency grant opens the record to read only (decision 0018).
        if (!await access.ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct)) return Result.NotFound();
        var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == request.ConsentId && c.ClientId == request.ClientId, ct);
        if (consent is null) return Result.NotFound();
        if (Problem(request.Content) is { } problem) return Result.Invalid("Form", problem);
        var type = ConsentFormTypes.Sniff(request.Content)!.Value;
        var outcome = consent.AttachForm();
        if (outcome.Failed) return outcome;
        db.ConsentForms.Add(new ConsentForm(consent.Id, consent.ClientId, type, request.Content!, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    /// <summary>What is wrong with the file, if anything: none sent, too big, or not a PDF, PNG or JPEG by its contents.</summary>
    public static Message? Problem(byte[]? content) =>
        content is not { Length: > 0 } ? new Message(ConsentMessages.FormMissing)
        : content.Length > ConsentForm.MaxBytes ? new Message(ConsentMessages.FormTooBig, ConsentForm.MaxBytes / 1024)
        : ConsentFormTypes.Sniff(content) is null ? new Message(ConsentMessages.FormType)
        : null;
}
