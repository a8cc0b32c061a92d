using System.Security.Cryptography;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Security;

/// <summary>
/// At every start, before anything reads or writes an identifier: is the field encryption key the one this
/// database was written with? A wrong key does not fail loudly by itself: identifier search and duplicate matching
/// quietly find nothing, and identifiers written with it are lost to the right key. So the first start records the
/// key's id, and a start with another key is refused, naming the key expected.
/// </summary>
public sealed class CheckFieldKeyHandler(CasewellDbContext db, FieldProtection protection, TimeProvider clock)
{
    /// <summary>Null when the key is the right one; otherwise what the operator must be told.</summary>
    public async Task<string?> Handle(CancellationToken ct)
    {
        var recorded = await RecordedKeyIdAsync(ct);
        if (recorded is null)
        {
            // A database from before the check: identifiers already written say whether this is their key.
            if (await WritesExistingIdentifiersAsync(ct) is { } refusal) return refusal;
            db.FieldKeyChecks.Add(new FieldKeyCheck(protection.KeyId, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(ct);
                return null;
            }
            catch (DbUpdateException)
            {
                // Another instance starting at the same moment recorded its key first: compare with that one.
                db.ChangeTracker.Clear();
                recorded = await RecordedKeyIdAsync(ct);
            }
        }
        return recorded == protection.KeyId ? null : Mismatch(recorded);
    }

    private Task<string?> RecordedKeyIdAsync(CancellationToken ct) =>
        db.FieldKeyChecks.AsNoTracking().Where(c => c.Id == FieldKeyCheck.TheRow).Select(c => c.KeyId).SingleOrDefaultAsync(ct);

    private async Task<string?> WritesExistingIdentifiersAsync(CancellationToken ct)
    {
        var stored = await db.Clients.AsNoTracking().SelectMany(c => c.Identifiers).OrderBy(i => i.Id).Select(i => i.EncryptedValue).FirstOrDefaultAsync(ct);
        if (stored is null) return null;
        try
        {
            protection.Decrypt(stored);
            return null;
        }
        catch (CryptographicException)
        {
            return $"The field encryption key from {protection.KeySource} (key id {protection.KeyId}) cannot read the identifiers already " +
                "stored in this database. Casewell will not start with it: start it with the key the identifiers were written with.";
        }
    }

    private string Mismatch(string? expected) =>
        $"The field encryption key from {protection.KeySource} has key id {protection.KeyId}, but this database's identifiers are " +
        $"written with the key whose id is {expected}. Casewell will not start with another key: identifiers would become " +
        "unsearchable and new ones unreadable. Set Security:FieldEncryptionKey (or Security:FieldEncryptionKeyFile) to the key " +
        $"with id {expected}.";
}
