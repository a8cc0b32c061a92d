using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Organization;

internal sealed class ServiceProgramConfiguration : IEntityTypeConfiguration<ServiceProgram>
{
    public void Configure(EntityTypeBuilder<ServiceProgram> builder)
    {
        builder.ToTable("Programs");
        builder.Property(p => p.Name).HasMaxLength(ServiceProgram.MaxNameLength);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Description).HasMaxLength(ServiceProgram.MaxDescriptionLength);
        builder.OwnsMany(p => p.Managers, m =>
        {
            m.ToTable("ProgramManagers");
            m.WithOwner().HasForeignKey(x => x.ProgramId);
            m.HasKey(x => new { x.ProgramId, x.StaffId });
            m.HasIndex(x => x.StaffId);
        });
        builder.Navigation(p => p.Managers).HasField("managers");
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Team.MaxNameLength);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.HasOne<ServiceProgram>().WithMany().HasForeignKey(t => t.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(t => t.Members, m =>
        {
            m.ToTable("TeamMemberships");
            m.WithOwner().HasForeignKey(x => x.TeamId);
            m.HasKey(x => new { x.TeamId, x.StaffId });
            m.HasIndex(x => x.StaffId);
        });
        builder.Navigation(t => t.Members).HasField("members");
    }
}
