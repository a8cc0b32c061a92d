using System.Globalization;
using System.Resources;
using Casewell.Common;
using Casewell.Web.Resources;

namespace Casewell.Web.Hosting;

/// <summary>
/// Words the core's <see cref="Message"/>s for the reader: the code's text from CoreMessages.resx in the current
/// UI culture (the request's, set by the localization middleware), its arguments formatted in the current culture,
/// and an argument that is itself a message (a field's label) worded first. The problem documents, the forms and
/// the pages all word through here, so a code reads the same everywhere.
/// </summary>
public static class MessageWording
{
    // A resource manager rather than an IStringLocalizer: the problem documents are made in static code, and both
    // read the same compiled resources in the same culture fallback.
    private static readonly ResourceManager Wordings = new(typeof(CoreMessages));

    public static string Word(this Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var format = Wordings.GetString(message.Code, CultureInfo.CurrentUICulture);
        // A code without a wording shows as itself (the test over CoreMessages.resx keeps this from shipping).
        if (format is null) return message.ToString();
        var args = message.Args.Select(a => a is Message inner ? inner.Word() : a).ToArray();
        return string.Format(CultureInfo.CurrentCulture, format, args);
    }

    /// <summary>Field errors as pages and validation problems show them: each field's messages worded.</summary>
    public static Dictionary<string, string[]> Word(this IReadOnlyDictionary<string, Message[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.ToDictionary(e => e.Key, e => e.Value.Select(Word).ToArray());
    }
}
