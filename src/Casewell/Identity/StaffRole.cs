namespace Casewell.Identity;

/// <summary>
/// One role per account. Least privilege by separation: an administrator who also supervises cases holds two
/// accounts, so administration never carries case content with it (see docs/decisions/0003).
/// </summary>
public enum StaffRole
{
    CaseWorker,
    IntakeWorker,
    Supervisor,
    ProgramManager,
    Administrator,
    Auditor,
    Partner,
}
