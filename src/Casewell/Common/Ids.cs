namespace Casewell.Common;

/// <summary>Time-ordered identifiers (GUID version 7), so new rows append to indexes instead of scattering.</summary>
public static class Ids
{
    public static Guid New(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Guid.CreateVersion7(clock.GetUtcNow());
    }
}
