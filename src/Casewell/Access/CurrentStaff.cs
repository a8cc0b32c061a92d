using Casewell.Identity;

namespace Casewell.Access;

/// <summary>
/// Who is acting in this scope: the signed-in staff member of a request, or the system (CLI, background
/// work). Every audit entry and every access decision reads it. It asks its source at each read rather than
/// capturing it once, because a request's scope can be created before authentication has named the user.
/// </summary>
public sealed class CurrentStaff
{
    public static readonly Guid SystemId = Guid.Empty;

    private readonly Func<Snapshot> source;

    private CurrentStaff(Func<Snapshot> source) => this.source = source;

    public Guid Id => source().Id;
    public string Name => source().Name;
    public StaffRole? Role => source().Role;
    public bool IsSignedIn => source().IsSignedIn;

    /// <summary>
    /// The server itself acting (the operator's command line, background work), not a request: it holds the
    /// administration abilities (see <see cref="RolePermissions"/>). Anonymous requests are not the system.
    /// </summary>
    public bool IsSystem => source().IsSystem;

    public static CurrentStaff System(string name = "System")
    {
        var snapshot = new Snapshot(SystemId, name, null, false, true);
        return new(() => snapshot);
    }

    /// <summary>A request nobody has signed in to: it may reach only the sign-in and setup pages.</summary>
    public static CurrentStaff Anonymous()
    {
        var snapshot = new Snapshot(SystemId, "Anonymous", null, false, false);
        return new(() => snapshot);
    }

    public static CurrentStaff SignedIn(Guid id, string name, StaffRole role)
    {
        var snapshot = new Snapshot(id, name, role, true, false);
        return new(() => snapshot);
    }

    /// <summary>Follows another source, e.g. the current HTTP request's user.</summary>
    public static CurrentStaff Following(Func<CurrentStaff> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new(() => current().source());
    }

    private sealed record Snapshot(Guid Id, string Name, StaffRole? Role, bool IsSignedIn, bool IsSystem);
}
