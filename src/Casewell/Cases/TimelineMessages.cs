namespace Casewell.Cases;

/// <summary>What reading a case's timeline says, as codes the web words.</summary>
public static class TimelineMessages
{
    public const string ChooseKinds = "Timeline.ChooseKinds";
}
