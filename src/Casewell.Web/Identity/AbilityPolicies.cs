using Casewell.Access;
using Microsoft.AspNetCore.Authorization;

namespace Casewell.Web.Identity;

/// <summary>One authorization policy per <see cref="Ability"/>, decided by <see cref="RolePermissions"/>: pages and endpoints name an ability, never a role.</summary>
internal static class AbilityPolicies
{
    public static AuthorizationBuilder AddAbilityPolicies(this AuthorizationBuilder builder)
    {
        foreach (var ability in Enum.GetValues<Ability>())
        {
            builder.AddPolicy(ability.ToString(), p => p.RequireAuthenticatedUser().RequireAssertion(context =>
                StaffClaims.Read(context.User) is { } staff && RolePermissions.Allows(staff, ability)));
        }
        return builder;
    }
}
