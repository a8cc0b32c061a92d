using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Casewell.Audit;

/// <summary>
/// The bytes an audit MAC is computed over, one way only, so that no two different records can encode alike: every
/// field is a 4-byte big-endian length and then its bytes (null is the length 0xFFFFFFFF and no bytes), text is
/// UTF-8, numbers are 8 bytes big-endian, instants are milliseconds since the Unix epoch, GUIDs are their 16 bytes
/// in RFC 9562 (big-endian) order. The first field names the kind of record ("entry", "seal", "checkpoint", "retention"), so a
/// MAC of one kind can never be passed off as another; an entry's label also names its version (decision 0021).
/// Never change a field's place or form within a version: the stored MACs
/// would stop verifying (the known-answer tests pin them).
/// </summary>
public static class AuditEncoding
{
    public const int MacLength = 32;

    /// <summary>What the first seal links back to.</summary>
    public static ReadOnlyMemory<byte> GenesisMac { get; } = new byte[MacLength];

    /// <summary>The version new entries are written with.</summary>
    public const short CurrentEntryVersion = 2;

    public static bool KnowsEntryVersion(short version) => version is 1 or CurrentEntryVersion;

    /// <summary>
    /// An entry's fields and the clients a list showed (ordered by their bytes, so order of writing does not matter), in
    /// the encoding the entry was written with (<see cref="AuditEntry.EncodingVersion"/>).
    /// </summary>
    public static byte[] Entry(AuditEntry entry, IEnumerable<Guid> shownClients)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Entry(entry.EncodingVersion, new AuditEntryFields(entry.Id, entry.OccurredAt, entry.ActorId, entry.ActorName, entry.Action,
            entry.EntityType, entry.EntityId, entry.ClientId, entry.Details, entry.Source), shownClients);
    }

    /// <summary>
    /// Version 1 ("entry"): the fields up to <see cref="AuditEntryFields.Details"/>, then the clients shown; it has no source,
    /// and an entry of version 1 with a source cannot be encoded. Version 2 ("entry/2") adds the source after the details.
    /// The label differs, so no bytes of one version are ever bytes of the other: an entry cannot be made to verify as
    /// the other version (to drop its source, say).
    /// </summary>
    public static byte[] Entry(short version, AuditEntryFields fields, IEnumerable<Guid> shownClients)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(shownClients);
        if (!KnowsEntryVersion(version)) throw new ArgumentOutOfRangeException(nameof(version), version, "no such audit entry encoding");
        if (version == 1 && fields.Source is not null) throw new ArgumentException("version 1 of the entry encoding has no source", nameof(fields));
        var shown = shownClients.Distinct().Select(GuidBytes).OrderBy(b => b, ByteOrder.Instance).SelectMany(b => b).ToArray();
        var writer = new Writer(version == 1 ? "entry" : "entry/2")
            .Guid(fields.Id)
            .Instant(fields.OccurredAt)
            .Guid(fields.ActorId)
            .Text(fields.ActorName)
            .Text(fields.Action)
            .Text(fields.EntityType)
            .Text(fields.EntityId)
            .Guid(fields.ClientId)
            .Text(fields.Details);
        if (version >= 2) writer.Text(fields.Source);
        return writer.Bytes(shown).ToArray();
    }

    /// <summary>A seal: its place, the entry it seals (sequence, id, MAC) and the MAC of the seal before it.</summary>
    public static byte[] Seal(long position, long entrySequence, Guid entryId, ReadOnlySpan<byte> entryMac, ReadOnlySpan<byte> previousSealMac) =>
        new Writer("seal").Number(position).Number(entrySequence).Guid(entryId).Bytes(entryMac).Bytes(previousSealMac).ToArray();

    /// <summary>A checkpoint: the seal it names and when it was taken.</summary>
    public static byte[] Checkpoint(long position, ReadOnlySpan<byte> sealMac, DateTimeOffset takenAt) =>
        new Writer("checkpoint").Number(position).Bytes(sealMac).Instant(takenAt).ToArray();

    /// <summary>
    /// A retention record: its number, the first instant kept, how many months it dropped, the last seal whose entry went
    /// with them (position, entry sequence, seal MAC: where verification starts again), when, and by whom.
    /// </summary>
    public static byte[] Retention(long number, DateTimeOffset keptFrom, int monthsDropped, long boundaryPosition, long boundarySequence,
        ReadOnlySpan<byte> boundarySealMac, DateTimeOffset droppedAt, string droppedBy) =>
        new Writer("retention").Number(number).Instant(keptFrom).Number(monthsDropped).Number(boundaryPosition).Number(boundarySequence)
            .Bytes(boundarySealMac).Instant(droppedAt).Text(droppedBy).ToArray();

    private static byte[] GuidBytes(Guid id) => id.ToByteArray(bigEndian: true);

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }

    private sealed class Writer
    {
        private const uint NullLength = 0xFFFFFFFF;
        private readonly ArrayBufferWriter<byte> buffer = new(256);

        public Writer(string label) => Text(label);

        public Writer Bytes(ReadOnlySpan<byte> value)
        {
            Length((uint)value.Length);
            buffer.Write(value);
            return this;
        }

        public Writer Text(string? value)
        {
            if (value is null) return Null();
            return Bytes(Encoding.UTF8.GetBytes(value));
        }

        public Writer Guid(Guid? value) => value is { } id ? Bytes(GuidBytes(id)) : Null();

        public Writer Number(long value)
        {
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(bytes, value);
            return Bytes(bytes);
        }

        public Writer Instant(DateTimeOffset value) => Number(value.ToUnixTimeMilliseconds());

        public byte[] ToArray() => buffer.WrittenSpan.ToArray();

        private Writer Null()
        {
            Length(NullLength);
            return this;
        }

        private void Length(uint length)
        {
            BinaryPrimitives.WriteUInt32BigEndian(buffer.GetSpan(4), length);
            buffer.Advance(4);
        }
    }
}
