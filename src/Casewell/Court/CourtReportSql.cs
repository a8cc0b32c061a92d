namespace Casewell.Court;

/// <summary>
/// Hand-written SQL of the court reports' migrations, the same on both databases. Before reports referred to their hearing
/// by a foreign key, a report could be saved with any hearing id; such an id is forgotten (the report keeps its period),
/// so that the key can be added.
/// </summary>
internal static class CourtReportSql
{
    public const string ForgetUnknownHearings =
        """UPDATE "CourtReports" SET "HearingId" = NULL WHERE "HearingId" IS NOT NULL AND "HearingId" NOT IN (SELECT "Id" FROM "CourtHearings");""";
}
