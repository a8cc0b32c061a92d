using System.Globalization;

namespace Casewell.Web.Hosting;

/// <summary>Configuration section <c>Agency</c>: how the agency names itself and where it is.</summary>
public sealed class AgencyOptions
{
    public string Name { get; set; } = "Casewell";

    /// <summary>IANA time zone in which dates are shown; instants are stored in UTC.</summary>
    public string TimeZone { get; set; } = "America/New_York";

    public string Culture { get; set; } = "en-US";
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
