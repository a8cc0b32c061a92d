using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Identity;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.Email).HasMaxLength(StaffUser.MaxEmailLength);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(StaffUser.MaxEmailLength);
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(StaffUser.MaxNameLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.Property(u => u.SecurityStamp).HasMaxLength(40);
        builder.Property(u => u.ActivationTokenHash).HasMaxLength(64);
        builder.HasIndex(u => u.ActivationTokenHash).IsUnique();
    }
}

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.StaffId);
        builder.Property(s => s.Address).HasMaxLength(StaffSession.MaxAddressLength);
        builder.Property(s => s.UserAgent).HasMaxLength(StaffSession.MaxUserAgentLength);
    }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(SignInThrottle.KeyLength);
    }
}

internal sealed class SetupTokenConfiguration : IEntityTypeConfiguration<SetupToken>
{
    public void Configure(EntityTypeBuilder<SetupToken> builder) => builder.Property(t => t.TokenHash).HasMaxLength(64);
}
