using Casewell.Audit;

namespace Casewell.Tests.Audit;

public class AuditHashTests
{
    [Fact]
    public void The_genesis_hash_is_64_hex_zeros()
    {
        Assert.Equal(64, AuditHash.Genesis.Length);
        Assert.All(AuditHash.Genesis, c => Assert.Equal('0', c));
    }
}
