namespace Casewell.Common;

/// <summary>
/// What the core has to say (a refusal, a field error, a reason), as a stable code and its arguments: the web
/// words it in the reader's language, so the core writes no English. Codes are <c>public const string</c> fields
/// of a static class named <c>&lt;Area&gt;Messages</c> in the feature's folder, each with the names of its
/// arguments in <see cref="MessageArgsAttribute"/>, so a test can check every wording has their placeholders.
/// An argument may itself be a <see cref="Message"/> (a field's label), worded in turn.
/// </summary>
public sealed record Message(string Code, params object?[] Args)
{
    // Two messages are the same when they say the same thing: the arguments by value, not the array by reference.
    public bool Equals(Message? other) => other is not null && Code == other.Code && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>For logs and test failures only; readers see the web's wording.</summary>
    public override string ToString() => Args.Length == 0 ? Code : $"{Code}({string.Join(", ", Args)})";
}
