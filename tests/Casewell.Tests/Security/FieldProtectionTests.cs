using System.Security.Cryptography;
using Casewell.Security;

namespace Casewell.Tests.Security;

public class FieldProtectionTests
{
    private readonly FieldProtection protection = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Encrypted_values_round_trip_and_never_contain_the_clear_text()
    {
        var cipher = protection.Encrypt("123456789");
        Assert.DoesNotContain("123456789", cipher, StringComparison.Ordinal);
        Assert.Equal("123456789", protection.Decrypt(cipher));
    }

    [Fact]
    public void Encrypting_twice_gives_different_ciphertexts() =>
        Assert.NotEqual(protection.Encrypt("123456789"), protection.Encrypt("123456789"));

    [Fact]
    public void A_tampered_ciphertext_is_rejected()
    {
        var cipher = protection.Encrypt("123456789").ToCharArray();
        cipher[^2] = cipher[^2] == 'A' ? 'B' : 'A';
        Assert.ThrowsAny<CryptographicException>(() => protection.Decrypt(new string(cipher)));
    }

    [Fact]
    public void Lookup_hashes_agree_for_the_same_key_and_differ_across_keys_and_kinds()
    {
        Assert.Equal(protection.LookupHash("Medicaid", "AB123"), protection.LookupHash("Medicaid", "AB123"));
        Assert.NotEqual(protection.LookupHash("Medicaid", "AB123"), protection.LookupHash("Medicare", "AB123"));
        Assert.NotEqual(protection.LookupHash("Medicaid", "AB123"), new FieldProtection(RandomNumberGenerator.GetBytes(32)).LookupHash("Medicaid", "AB123"));
    }

    [Fact]
    public void A_key_of_the_wrong_size_is_refused() => Assert.Throws<ArgumentException>(() => new FieldProtection(new byte[16]));
}
