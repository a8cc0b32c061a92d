namespace Casewell.Caseloads;

/// <summary>A worker a supervisor may give cases to, with their current weighted load to choose by.</summary>
public sealed record AssignableWorker(Guid WorkerId, string Name, int PrimaryCases, double WeightedLoad);
