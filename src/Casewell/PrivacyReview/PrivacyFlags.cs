using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Casewell.Identity;

namespace Casewell.PrivacyReview;

/// <summary>
/// Raises review items. Each call adds to the caller's unit of work, so the item commits or rolls back with the
/// change it is about.
/// </summary>
public static class PrivacyFlags
{
    /// <summary>Roles whose accounts read client or case content once they are placed in a team or program.</summary>
    public static bool RoleReadsContent(StaffRole role) =>
        Access.RolePermissions.Allows(role, Access.Ability.ReadClients)
        || Access.RolePermissions.Allows(role, Access.Ability.WorkCases)
        || Access.RolePermissions.Allows(role, Access.Ability.OverseePrograms);

    public static void Raise(CasewellDbContext db, PrivacyReviewKind kind, Guid subjectStaffId, string summary)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = db.Clock.GetUtcNow();
        db.PrivacyReviewItems.Add(new PrivacyReviewItem(Ids.New(db.Clock), kind, subjectStaffId, summary, new StaffRef(db.Actor.Id, db.Actor.Name), now));
    }

    /// <summary>A new account whose role reads client or case content is a grant the privacy officer reviews.</summary>
    public static void RaiseForNewAccount(CasewellDbContext db, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (RoleReadsContent(user.Role))
            Raise(db, PrivacyReviewKind.RoleGranted, user.Id, $"Account {user.DisplayName} <{user.Email}> created with the {user.Role} role.");
    }
}
