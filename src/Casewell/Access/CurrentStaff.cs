using Casewell.Identity;

namespace Casewell.Access;

/// <summary>
/// Who is acting in this scope: the signed-in staff member of a request, or the system (CLI, background
/// work). Every audit entry and every access decision reads it.
/// </summary>
public sealed class CurrentStaff
{
    public static readonly Guid SystemId = Guid.Empty;

    public Guid Id { get; private set; } = SystemId;
    public string Name { get; private set; } = "System";
    public StaffRole? Role { get; private set; }
    public bool IsSignedIn { get; private set; }

    public static CurrentStaff System(string name = "System") => new() { Name = name };

    /// <summary>A request nobody has signed in to: it may reach only the sign-in and setup pages.</summary>
    public static CurrentStaff Anonymous() => new() { Name = "Anonymous" };

    public static CurrentStaff SignedIn(Guid id, string name, StaffRole role) =>
        new() { Id = id, Name = name, Role = role, IsSignedIn = true };
}
