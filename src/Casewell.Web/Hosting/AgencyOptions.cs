using System.Globalization;

namespace Casewell.Web.Hosting;

/// <summary>Configuration section <c>Agency</c>: how the agency names itself and where it is.</summary>
public sealed class AgencyOptions
{
    public string Name { get; set; } = "Casewell";

    /// <summary>IANA time zone in which dates are shown; instants are stored in UTC.</summary>
    public string TimeZone { get; set; } = "America/New_York";

    public string Culture { get; set; } = "en-US";

    /// <summary>What stops Casewell from starting with these settings, or null: every page shows dates with them.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Name)) return "Agency:Name must not be empty.";
        if (string.IsNullOrWhiteSpace(TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            return $"Agency:TimeZone must be a time zone id such as America/New_York; '{TimeZone}' is not one.";
        if (string.IsNullOrWhiteSpace(Culture) || !IsKnownCulture(Culture))
            return $"Agency:Culture must be a culture name such as en-US; '{Culture}' is not one.";
        return null;
    }

    private static bool IsKnownCulture(string name)
    {
        try
        {
            // Predefined only: ICU would otherwise make up a culture for any well-formed name ("xx-YY").
            CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}

/// <summary>Shows stored UTC instants in the agency's time zone and culture.</summary>
public sealed class AgencyTime(AgencyOptions options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    private readonly CultureInfo culture = CultureInfo.GetCultureInfo(options.Culture);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    public string DateTime(DateTimeOffset instant) => Local(instant).ToString("g", culture);

    public string Date(DateOnly date) => date.ToString("d", culture);

    public string Date(DateTimeOffset instant) => Local(instant).ToString("d", culture);

}
