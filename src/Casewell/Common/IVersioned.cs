namespace Casewell.Common;

/// <summary>
/// A record edited by people, guarded by optimistic concurrency: the version a writer read must still be the
/// stored one when it saves, or the save is refused and the writer is told. SaveChanges bumps it.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
