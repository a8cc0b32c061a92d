using Casewell.Audit;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Identity;

public sealed record ActivateStaffAccount(string? Token, string Password);

/// <summary>The owner of a new account sets their own password with the activation token; it then works once only.</summary>
public sealed class ActivateStaffAccountHandler(CasewellDbContext db, StaffPasswordHasher hasher, TimeProvider clock)
{
    /// <summary>The account's email when the token may still be used, for the page to show whose account it is.</summary>
    public async Task<string?> EmailForAsync(string? token, CancellationToken ct) =>
        (await FindAsync(token, ct))?.Email;

    public async Task<Result> Handle(ActivateStaffAccount request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await FindAsync(request.Token, ct);
        if (user is null) return Result.Refused(new Message(IdentityMessages.ActivationNoLongerValid));
        var v = new Validation();
        PasswordRules.Check(v, "Password", request.Password, user.Email);
        if (v.HasErrors) return Result.Invalid(v.ToDictionary());

        if (!user.Activate(hasher.Hash(user, request.Password), clock.GetUtcNow())) return Result.Refused(new Message(IdentityMessages.ActivationNoLongerValid));
        db.RecordAccess(AuditAction.StaffActivated, nameof(StaffUser), user.Id.ToString(), null);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two tabs racing with one token: the first password stands.
            return Result.Refused(new Message(IdentityMessages.ActivationNoLongerValid));
        }
        return Result.Ok();
    }

    private async Task<StaffUser?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > StaffActivation.MaxTokenLength) return null;
        var hash = StaffActivation.Hash(token);
        var now = clock.GetUtcNow();
        return await db.StaffUsers.SingleOrDefaultAsync(u => u.ActivationTokenHash == hash && u.ActivationExpiresAt > now && u.IsActive, ct);
    }
}
