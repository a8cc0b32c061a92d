using System.Security.Cryptography;
using System.Text;

namespace Casewell.Identity;

/// <summary>
/// The one-time activation token of an account an administrator created. Like the first-run setup token, only its
/// hash is stored, so a copy of the database does not open the account, and any instance can honour it.
/// </summary>
public static class StaffActivation
{
    /// <summary>Long enough to reach a new colleague over a weekend; short enough that a forgotten link dies.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

    public const int MaxTokenLength = 100;

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
