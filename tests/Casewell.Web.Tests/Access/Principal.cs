namespace Casewell.Web.Tests.Access;

/// <summary>
/// Who the authorization matrix calls every endpoint as: each role, and for the working roles each relationship to
/// the agency's record under test (a case in the world's program and team, assigned to <see cref="AssignedWorker"/>).
/// </summary>
public enum Principal
{
    Anonymous,
    AssignedWorker,

    /// <summary>A case worker of the same team, not on the case; the program lets its teams view their cases.</summary>
    TeamWorker,

    /// <summary>A case worker of another team of the same program.</summary>
    OtherTeamWorker,

    TeamSupervisor,
    OtherTeamSupervisor,

    /// <summary>The manager of the case's program.</summary>
    ProgramManager,

    /// <summary>The manager of another program.</summary>
    OtherProgramManager,

    /// <summary>An intake worker of the team, who neither registered the client nor works the case.</summary>
    IntakeWorker,

    Administrator,
    Auditor,
    Partner,

    /// <summary>A case worker of the other team who broke the glass on the client under test: an unexpired emergency grant.</summary>
    EmergencyHolder,
}
