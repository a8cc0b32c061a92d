namespace Casewell.Common;

/// <summary>Codes shared by every feature.</summary>
public static class CommonMessages
{
    /// <summary>
    /// An English text passed through as it is, for the call sites that do not return a code yet.
    /// Removed once Cases lifecycle and Tasks are converted.
    /// </summary>
    [MessageArgs("text")] public const string Text = "Common.Text";
}
