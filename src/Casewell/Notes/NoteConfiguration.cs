using Casewell.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Notes;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.Property(n => n.AuthorName).HasMaxLength(200);
        builder.Property(n => n.Location).HasMaxLength(Note.MaxLocationLength);
        builder.Property(n => n.LateEntryReason).HasMaxLength(Note.MaxLateEntryReasonLength);
        builder.Ignore(n => n.IsDraft);
        builder.Ignore(n => n.EndedAt);
        builder.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        // A case's notes, newest first; and a worker's last note on a case (the location and participants offered).
        builder.HasIndex(n => new { n.CaseId, n.StartedAt });
        builder.HasIndex(n => new { n.AuthorId, n.CaseId, n.CreatedAt });

        builder.HasMany(n => n.Sections).WithOne().HasForeignKey(s => s.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Sections).HasField("sections");
        builder.HasMany(n => n.Participants).WithOne().HasForeignKey(p => p.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(n => n.Participants).HasField("participants");
    }
}

internal sealed class NoteSectionConfiguration : IEntityTypeConfiguration<NoteSection>
{
    public void Configure(EntityTypeBuilder<NoteSection> builder)
    {
        builder.HasKey(s => new { s.NoteId, s.Kind });
        builder.Property(s => s.Text).HasMaxLength(Note.MaxSectionLength);
    }
}

internal sealed class NoteParticipantConfiguration : IEntityTypeConfiguration<NoteParticipant>
{
    public void Configure(EntityTypeBuilder<NoteParticipant> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Note.MaxParticipantNameLength);
        builder.Ignore(p => p.Ref);
        builder.HasIndex(p => p.NoteId);
    }
}

internal sealed class NoteAddendumConfiguration : IEntityTypeConfiguration<NoteAddendum>
{
    public void Configure(EntityTypeBuilder<NoteAddendum> builder)
    {
        builder.ToTable("NoteAddenda");
        builder.Property(a => a.AuthorName).HasMaxLength(200);
        builder.Property(a => a.Text).HasMaxLength(NoteAddendum.MaxTextLength);
        builder.HasOne<Note>().WithMany().HasForeignKey(a => a.NoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.NoteId, a.AddedAt });
    }
}
