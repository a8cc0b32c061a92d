using Casewell.Cases;

namespace Casewell.Caseloads;

/// <summary>
/// How much a case's priority multiplies its case type's weight in a worker's load (configuration section
/// <c>Caseload:PriorityWeights</c>). An urgent case takes about twice the attention of a routine one; agencies
/// that measure it differently set their own figures.
/// </summary>
public sealed class PriorityWeights
{
    public const string Section = "Caseload:PriorityWeights";

    /// <summary>Beyond this a typo (150 for 1.5) is more likely than a real weighting.</summary>
    public const double Max = 100;

    public double Low { get; set; } = 0.75;
    public double Medium { get; set; } = 1.0;
    public double High { get; set; } = 1.5;
    public double Urgent { get; set; } = 2.0;

    public double For(CasePriority priority) => priority switch
    {
        CasePriority.Low => Low,
        CasePriority.Medium => Medium,
        CasePriority.High => High,
        CasePriority.Urgent => Urgent,
        _ => Medium,
    };

    /// <summary>Weights that would make loads meaningless, refused at start-up rather than shown on a supervisor's screen; or null.</summary>
    public string? Problem()
    {
        foreach (var priority in Enum.GetValues<CasePriority>())
        {
            var weight = For(priority);
            if (!double.IsFinite(weight) || weight < 0 || weight > Max)
                return $"{Section}:{priority} must be a number from 0 to {Max}; it is {weight}.";
        }
        return null;
    }
}
