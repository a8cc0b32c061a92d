using System.Reflection;
using System.Security.Cryptography;
using Casewell.Audit;

namespace Casewell.Tests.Audit;

/// <summary>
/// Pins the audit encoding and its MACs: the expected bytes are written out field by field (length, then bytes), and
/// the expected MACs were computed outside .NET (Python's hmac over the same bytes). Moving a field, renaming a label
/// or changing the null marker fails here before it makes every stored MAC stop verifying.
/// </summary>
public sealed class AuditEncodingKnownAnswerTests
{
    private static readonly AuditKey Key = new([.. Enumerable.Range(0, AuditKey.Length).Select(i => (byte)i)]);
    private static readonly Guid EntryId = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");
    private static readonly Guid ActorId = Guid.Parse("0f0e0d0c-0b0a-0908-0706-050403020100");
    private static readonly DateTimeOffset OccurredAt = new(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    // Each field: 4-byte big-endian length, then its bytes; null is ffffffff and no bytes.
    private const string TinyEntryHex =
        "00000005" + "656e747279"                                     // "entry"
        + "00000010" + "00112233445566778899aabbccddeeff"             // Id, RFC 9562 order
        + "00000008" + "0000019b7ca98f2e"                             // OccurredAt: 1767323045678 ms
        + "00000010" + "0f0e0d0c0b0a09080706050403020100"             // ActorId
        + "00000001" + "41"                                           // ActorName "A"
        + "00000003" + "782e79"                                       // Action "x.y"
        + "00000001" + "54"                                           // EntityType "T"
        + "ffffffff"                                                  // EntityId null
        + "ffffffff"                                                  // ClientId null
        + "ffffffff"                                                  // Details null
        + "00000000";                                                 // no clients shown

    [Fact]
    public void A_tiny_entry_encodes_field_by_field()
    {
        var entry = FixedEntry("A", "x.y", "T", null, null, null);

        Assert.Equal(TinyEntryHex, Convert.ToHexStringLower(AuditEncoding.Entry(entry, [])));
    }

    [Fact]
    public void A_tiny_entry_has_its_known_MAC()
    {
        var entry = FixedEntry("A", "x.y", "T", null, null, null, []);

        Assert.Equal("673b200b0f77b4696499ff4002776b0b8b3a399ea686b31199c06da06e42d227", Convert.ToHexStringLower(entry.Mac));
        Assert.Equal(HMACSHA256.HashData(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(), Convert.FromHexString(TinyEntryHex)), entry.Mac);
    }

    [Fact]
    public void An_entry_with_every_field_and_shown_clients_in_byte_order_has_its_known_encoding_and_MAC()
    {
        var high = Guid.Parse("ffffffff-0000-0000-0000-000000000001");
        var low = Guid.Parse("01000000-0000-0000-0000-000000000002");
        var expected =
            "00000005656e747279"
            + "0000001000112233445566778899aabbccddeeff"
            + "000000080000019b7ca98f2e"
            + "000000100f0e0d0c0b0a09080706050403020100"
            + "00000004" + "5a6fc3ab"                                   // "Zoë" in UTF-8
            + "0000000b" + "636c69656e742e76696577"                     // "client.view"
            + "00000006" + "436c69656e74"                               // "Client"
            + "00000002" + "3432"                                       // "42"
            + "00000010" + "ffffffff000000000000000000000001"           // ClientId
            + "00000007" + "322073686f776e"                             // "2 shown"
            + "00000020" + "01000000000000000000000000000002" + "ffffffff000000000000000000000001"; // shown, lower bytes first, once each

        var entry = FixedEntry("Zoë", "client.view", "Client", "42", high, "2 shown", [high, low, high]);

        Assert.Equal(expected, Convert.ToHexStringLower(AuditEncoding.Entry(entry, [high, low, high])));
        Assert.Equal("854e9fe45f2231ed104bee48449c96c788d84bf3484d1c4e193f69f79ba25132", Convert.ToHexStringLower(entry.Mac));
    }

    // Version 2: the label "entry/2", and the source after the details.
    private const string TinyEntryV2Hex =
        "00000007" + "656e7472792f32"                                 // "entry/2"
        + "00000010" + "00112233445566778899aabbccddeeff"
        + "00000008" + "0000019b7ca98f2e"
        + "00000010" + "0f0e0d0c0b0a09080706050403020100"
        + "00000001" + "41"
        + "00000003" + "782e79"
        + "00000001" + "54"
        + "ffffffff"
        + "ffffffff"
        + "ffffffff"
        + "0000000b" + "3230332e302e3131332e37"                       // Source "203.0.113.7"
        + "00000000";

    [Fact]
    public void A_tiny_entry_of_version_2_encodes_its_source_after_its_details()
    {
        var entry = FixedEntry("A", "x.y", "T", null, null, null, version: 2, source: "203.0.113.7");

        Assert.Equal(TinyEntryV2Hex, Convert.ToHexStringLower(AuditEncoding.Entry(entry, [])));
    }

    [Fact]
    public void A_tiny_entry_of_version_2_has_its_known_MAC_with_a_source_and_without()
    {
        var withSource = FixedEntry("A", "x.y", "T", null, null, null, version: 2, source: "203.0.113.7");
        var withoutSource = FixedEntry("A", "x.y", "T", null, null, null, version: 2, source: null);

        Assert.Equal("6c33f86117f28fc79a1de2d34283046337704a1789740c04bdb67cd02b950012", Convert.ToHexStringLower(withSource.Mac));
        Assert.Equal("8ac8bedbdd36e828bbc2838c93716d9b06a8e5799f31e3a2652b32c3292eb160", Convert.ToHexStringLower(withoutSource.Mac));
    }

    [Fact]
    public void A_new_entry_is_written_in_version_2_with_its_source()
    {
        var entry = new AuditEntry(new PendingAudit(OccurredAt, ActorId, "A", "x.y", "T", null, null, null) { Source = "198.51.100.4" }, Key);

        Assert.Equal(2, entry.EncodingVersion);
        Assert.Equal("198.51.100.4", entry.Source);
        Assert.True(entry.MatchesMac([], Key));
    }

    [Fact]
    public void An_entry_of_version_1_still_verifies()
    {
        var entry = FixedEntry("A", "x.y", "T", null, null, null);

        Assert.Equal(1, entry.EncodingVersion);
        Assert.True(entry.MatchesMac([], Key));
    }

    [Fact]
    public void An_entry_moved_to_the_other_version_or_given_a_source_it_was_not_written_with_no_longer_verifies()
    {
        var v1 = FixedEntry("A", "x.y", "T", null, null, null);
        var v2 = FixedEntry("A", "x.y", "T", null, null, null, version: 2);

        Set(v1, nameof(AuditEntry.EncodingVersion), (short)2);
        Set(v2, nameof(AuditEntry.EncodingVersion), (short)1);
        var sourced = FixedEntry("A", "x.y", "T", null, null, null);
        Set(sourced, nameof(AuditEntry.Source), "192.0.2.1");
        var unknown = FixedEntry("A", "x.y", "T", null, null, null, version: 2);
        Set(unknown, nameof(AuditEntry.EncodingVersion), (short)3);

        Assert.False(v1.MatchesMac([], Key));
        Assert.False(v2.MatchesMac([], Key));
        Assert.False(sourced.MatchesMac([], Key));
        Assert.False(unknown.MatchesMac([], Key));
    }

    [Fact]
    public void A_source_longer_than_the_column_is_cut_before_the_MAC_is_computed()
    {
        var entry = new AuditEntry(new PendingAudit(OccurredAt, ActorId, "A", "x.y", "T", null, null, null) { Source = new string('a', 150) }, Key);

        Assert.Equal(AuditSource.MaxLength, entry.Source!.Length);
        Assert.True(entry.MatchesMac([], Key));
    }

    [Fact]
    public void Null_and_empty_text_encode_differently()
    {
        var withNull = AuditEncoding.Entry(FixedEntry("A", "x.y", "T", null, null, null), []);
        var withEmpty = AuditEncoding.Entry(FixedEntry("A", "x.y", "T", "", null, null), []);

        Assert.NotEqual(Convert.ToHexStringLower(withNull), Convert.ToHexStringLower(withEmpty));
    }

    [Fact]
    public void A_seal_has_its_known_encoding_and_MAC()
    {
        var expected =
            "00000004" + "7365616c"                                                       // "seal"
            + "00000008" + "0000000000000001"                                             // position 1
            + "00000008" + "0000000000000007"                                             // entry sequence 7
            + "00000010" + "00112233445566778899aabbccddeeff"                             // entry id
            + "00000020" + "1111111111111111111111111111111111111111111111111111111111111111" // entry MAC
            + "00000020" + "0000000000000000000000000000000000000000000000000000000000000000"; // genesis

        var encoded = AuditEncoding.Seal(1, 7, EntryId, Enumerable.Repeat((byte)0x11, 32).ToArray(), AuditEncoding.GenesisMac.Span);

        Assert.Equal(expected, Convert.ToHexStringLower(encoded));
        Assert.Equal("23ffa81f8a16841a18b89b87c5985368de9e4b473378224efe95cc7b194863cc", Convert.ToHexStringLower(Key.Mac(encoded)));
    }

    [Fact]
    public void A_checkpoint_has_its_known_encoding_and_MAC()
    {
        var sealMac = Convert.FromHexString("23ffa81f8a16841a18b89b87c5985368de9e4b473378224efe95cc7b194863cc");
        var expected =
            "0000000a" + "636865636b706f696e74"                                         // "checkpoint"
            + "00000008" + "0000000000000001"                                           // position 1
            + "00000020" + "23ffa81f8a16841a18b89b87c5985368de9e4b473378224efe95cc7b194863cc"
            + "00000008" + "0000019b7ca98f2e";                                          // taken at, ms

        var encoded = AuditEncoding.Checkpoint(1, sealMac, OccurredAt);

        Assert.Equal(expected, Convert.ToHexStringLower(encoded));
        Assert.Equal("5a4a382f3a3cffba389fc7b87498ed17d921d2d6dfd688fe90c114eb454527a4", Convert.ToHexStringLower(Key.Mac(encoded)));
    }

    [Fact]
    public void A_retention_record_has_its_known_encoding_and_MAC()
    {
        var sealMac = Convert.FromHexString("23ffa81f8a16841a18b89b87c5985368de9e4b473378224efe95cc7b194863cc");
        var expected =
            "00000009" + "726574656e74696f6e"                                           // "retention"
            + "00000008" + "0000000000000001"                                           // number 1
            + "00000008" + "0000019b76daa800"                                           // kept from 2026-01-01, ms
            + "00000008" + "0000000000000002"                                           // 2 months dropped
            + "00000008" + "0000000000000001"                                           // boundary seal 1
            + "00000008" + "0000000000000007"                                           // its entry, sequence 7
            + "00000020" + "23ffa81f8a16841a18b89b87c5985368de9e4b473378224efe95cc7b194863cc"
            + "00000008" + "0000019b7ca98f2e"                                           // dropped at, ms
            + "00000012" + "6f70732028636f6d6d616e64206c696e6529";                     // "ops (command line)"

        var encoded = AuditEncoding.Retention(1, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 2, 1, 7, sealMac, OccurredAt, "ops (command line)");

        Assert.Equal(expected, Convert.ToHexStringLower(encoded));
        Assert.Equal("a607fc5f48cdb71edba8bd904c23402c1436952fb283f03eab175d19d7e4699b", Convert.ToHexStringLower(Key.Mac(encoded)));
    }

    /// <summary>
    /// An entry with fixed values: its Id is random when written, so it is set to a fixed one here and its MAC recomputed;
    /// of version 1 (as written before entries had a source) unless a version is given.
    /// </summary>
    internal static AuditEntry FixedEntry(string actorName, string action, string entityType, string? entityId, Guid? clientId, string? details,
        IReadOnlyList<Guid>? shown = null, short version = 1, string? source = null)
    {
        var pending = new PendingAudit(OccurredAt, ActorId, actorName, action, entityType, entityId, clientId, details) { ShownClients = shown ?? [], Source = source };
        var entry = new AuditEntry(pending, Key);
        Set(entry, nameof(AuditEntry.Id), EntryId);
        Set(entry, nameof(AuditEntry.EncodingVersion), version);
        Set(entry, nameof(AuditEntry.Mac), Key.Mac(AuditEncoding.Entry(entry, pending.ShownClients)));
        return entry;
    }

    private static void Set(AuditEntry entry, string property, object value) =>
        typeof(AuditEntry).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(entry, value);
}
