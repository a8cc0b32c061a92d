using System.Security.Cryptography;
using System.Text;
using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

/// <summary>
/// Creating the first administrator. While no staff account exists, start-up issues a one-time token and
/// prints its address; only someone with console access can use it, and it dies with the first account.
/// </summary>
public sealed class FirstRunSetup(CasewellDbContext db, CreateStaffUserHandler createUser, TimeProvider clock)
{
    public async Task<bool> IsNeededAsync(CancellationToken ct) => !await db.StaffUsers.AnyAsync(ct);

    /// <summary>Issues a fresh token (earlier unused ones stop working) and returns it in clear, once.</summary>
    public async Task<string?> IssueTokenAsync(CancellationToken ct)
    {
        if (!await IsNeededAsync(ct)) return null;
        await db.SetupTokens.Where(t => t.UsedAt == null).ExecuteDeleteAsync(ct);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        db.SetupTokens.Add(new SetupToken(Ids.New(clock), Hash(token), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<bool> IsValidTokenAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return false;
        var hash = Hash(token);
        return await db.SetupTokens.AnyAsync(t => t.TokenHash == hash && t.UsedAt == null, ct) && await IsNeededAsync(ct);
    }

    public async Task<Result<Guid>> CompleteAsync(string? token, string email, string displayName, string password, CancellationToken ct)
    {
        if (!await IsValidTokenAsync(token, ct))
            return Result<Guid>.Refused(new Message(IdentityMessages.SetupAddressInvalid));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A valid setup address stands for the operator who started the server: the first administrator is created
        // as the system, which alone may create an account with a password, and the request goes on as itself.
        var requester = db.Actor;
        db.ActAs(CurrentStaff.System("First-run setup"));
        Result<Guid> created;
        try
        {
            created = await createUser.Handle(new CreateStaffUser(email, displayName, StaffRole.Administrator, password), ct);
        }
        finally
        {
            db.ActAs(requester);
        }
        if (created.Failed) return created;
        var hash = Hash(token!);
        var used = await db.SetupTokens.SingleAsync(t => t.TokenHash == hash, ct);
        used.MarkUsed(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        // Two browsers racing with the same token: only the first administrator may stand.
        if (await db.StaffUsers.CountAsync(ct) != 1) return Result<Guid>.Refused(new Message(IdentityMessages.SetupDone));
        await transaction.CommitAsync(ct);
        return created;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
