namespace Casewell.Common;

/// <summary>The codes of <see cref="Validation"/>'s rules, which every feature shares; the field's label is an argument.</summary>
public static class ValidationMessages
{
    /// <summary>A required value is missing; the label says what to enter (the article included: "the client's first name").</summary>
    [MessageArgs("label")] public const string Required = "Validation.Required";

    /// <summary>The label starts the sentence ("First name").</summary>
    [MessageArgs("label", "max")] public const string TooLong = "Validation.TooLong";

    /// <summary>A value the API does not know; the names it does know, listed.</summary>
    [MessageArgs("names")] public const string UseOneOf = "Validation.UseOneOf";

    [MessageArgs("label")] public const string LineBreak = "Validation.LineBreak";
    [MessageArgs("label")] public const string ControlCharacter = "Validation.ControlCharacter";
}
