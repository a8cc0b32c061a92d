using System.Globalization;

namespace Casewell.Web.Caseloads;

/// <summary>What one row's assign or transfer form posts: the worker chosen, the case as shown (number and version), and a reason.</summary>
public sealed class RowChoice
{
    public string? CaseNumber { get; set; }
    public string? WorkerId { get; set; }
    public string? Version { get; set; }
    public string? Reason { get; set; }

    /// <summary>The version of the case the user saw, so a change made meanwhile by someone else is reported.</summary>
    public int? ExpectedVersion => int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>
    /// The case whose row form (named <paramref name="prefix"/> + its id) this request posts, if any. That form must
    /// be on the page for the post to reach it even when the case has left the list meanwhile (someone else assigned
    /// it): the page then renders a bare form in its place, so the user is told what happened instead of getting a 400.
    /// </summary>
    public static Guid? PostedFor(HttpContext context, string prefix)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType) return null;
        var handler = context.Request.Form["_handler"].ToString();
        return handler.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(handler.AsSpan(prefix.Length), out var id) ? id : null;
    }
}
