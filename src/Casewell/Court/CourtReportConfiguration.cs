using System.Text.Json;
using System.Text.Json.Serialization;
using Casewell.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Casewell.Court;

internal sealed class CourtReportConfiguration : IEntityTypeConfiguration<CourtReport>
{
    // The contacts are one JSON column rather than a table: they are written once with the draft and read whole with
    // it, and a row per contact would write an audit entry each (two years of contacts: hundreds) for one compilation.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<CourtReport> builder)
    {
        builder.ToTable("CourtReports");
        builder.Property(r => r.Court).HasMaxLength(CourtReport.MaxCourtLength);
        builder.Property(r => r.CompiledByName).HasMaxLength(200);
        builder.Property(r => r.LastChangedByName).HasMaxLength(200);
        builder.Property(r => r.Contacts)
            .HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                text => JsonSerializer.Deserialize<List<CourtReportContact>>(text, Json) ?? new List<CourtReportContact>(),
                new ValueComparer<IReadOnlyList<CourtReportContact>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, c) => HashCode.Combine(hash, c.GetHashCode())),
                    list => list.ToList()))
            .HasColumnName("ContactsJson");
        builder.Ignore(r => r.Sections);
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CourtHearing>().WithMany().HasForeignKey(r => r.HearingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CaseId, r.CompiledAt });
    }
}
