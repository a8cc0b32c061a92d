using Microsoft.EntityFrameworkCore.Storage;

namespace Casewell.Data;

/// <summary>A transaction begun with <see cref="CasewellDbContext.BeginWriteAsync"/>; disposing it without a commit rolls it back and passes the turn on.</summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction transaction;
    private readonly IDisposable? turn;

    internal WriteTransaction(IDbContextTransaction transaction, IDisposable? turn)
    {
        this.transaction = transaction;
        this.turn = turn;
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            turn?.Dispose();
        }
    }
}
