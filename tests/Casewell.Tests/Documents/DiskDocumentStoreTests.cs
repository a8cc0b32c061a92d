using System.Text;
using Casewell.Documents;

namespace Casewell.Tests.Documents;

/// <summary>The disk store writes whole files under keys Casewell makes, and says when it has none.</summary>
public sealed class DiskDocumentStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "casewell-store-tests", Guid.CreateVersion7().ToString("N"));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_file_written_under_a_key_opens_with_the_same_bytes_and_leaves_no_temporary_file()
    {
        var store = new DiskDocumentStore(folder);
        var key = Guid.CreateVersion7().ToString("N");
        await store.WriteAsync(key, new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.7 order")), Cancellation);

        await using var opened = await store.OpenAsync(key, Cancellation);
        using var reader = new StreamReader(opened!);
        Assert.Equal("%PDF-1.7 order", await reader.ReadToEndAsync(Cancellation));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder, ".incoming")));
        Assert.True(File.Exists(Path.Combine(folder, key[^2..], key)));
    }

    [Fact]
    public async Task A_key_it_has_no_file_for_opens_nothing()
    {
        var store = new DiskDocumentStore(folder);
        Assert.Null(await store.OpenAsync(Guid.CreateVersion7().ToString("N"), Cancellation));
    }

    [Fact]
    public async Task A_key_is_written_once_a_second_write_does_not_replace_the_first()
    {
        var store = new DiskDocumentStore(folder);
        var key = Guid.CreateVersion7().ToString("N");
        await store.WriteAsync(key, new MemoryStream([1, 2, 3]), Cancellation);
        await Assert.ThrowsAsync<IOException>(() => store.WriteAsync(key, new MemoryStream([4, 5, 6]), Cancellation));
        Assert.Equal(new byte[] { 1, 2, 3 }, await File.ReadAllBytesAsync(Path.Combine(folder, key[^2..], key), Cancellation));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789abcdef/../x")]
    [InlineData("0123456789ABCDEF0123")]
    [InlineData("")]
    public async Task A_key_that_is_not_one_Casewell_makes_is_refused_before_the_disk_is_touched(string key)
    {
        var store = new DiskDocumentStore(folder);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.OpenAsync(key, Cancellation));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.WriteAsync(key, new MemoryStream([1]), Cancellation));
    }

    [Fact]
    public async Task Staging_counts_hashes_and_stops_once_past_the_limit()
    {
        var staging = new DocumentStaging(folder);
        await using (var staged = await staging.StageAsync("order.pdf", new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.7 order")), 100, Cancellation))
        {
            Assert.Equal(DocumentType.Pdf, staged.Facts.Type);
            Assert.Equal(14, staged.Facts.SizeBytes);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("%PDF-1.7 order"u8)), staged.Facts.Sha256);
        }
        await using (var big = await staging.StageAsync("big.pdf", new MemoryStream(new byte[1000]), 100, Cancellation))
        {
            Assert.True(big.Facts.SizeBytes > 100);
            Assert.Null(big.Facts.Type);
        }
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder, ".staging")));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
