namespace Casewell.Common;

/// <summary>The arguments a message code takes, by name, in order: its wording has a placeholder for each.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class MessageArgsAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}
