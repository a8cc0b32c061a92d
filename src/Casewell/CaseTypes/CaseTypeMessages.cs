using Casewell.Common;

namespace Casewell.CaseTypes;

/// <summary>What defining case types says, as codes the web words.</summary>
public static class CaseTypeMessages
{
    public const string RequiredName = "CaseType.RequiredName";
    public const string Name = "CaseType.Name";
    public const string ContactDescription = "CaseType.ContactDescription";
    [MessageArgs("max")] public const string ContactFrequencyOutOfRange = "CaseType.ContactFrequencyOutOfRange";
    public const string ContactDescriptionMissing = "CaseType.ContactDescriptionMissing";
    [MessageArgs("max")] public const string LoadWeightOutOfRange = "CaseType.LoadWeightOutOfRange";
    public const string CodeFixed = "CaseType.CodeFixed";
    public const string RequiredCode = "CaseType.RequiredCode";
    public const string Code = "CaseType.Code";
    public const string CodeTaken = "CaseType.CodeTaken";
}
