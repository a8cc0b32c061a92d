using Casewell.Court;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CourtReportsForHearings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CourtReportSql.ForgetUnknownHearings);

            migrationBuilder.CreateIndex(
                name: "IX_CourtReports_HearingId",
                table: "CourtReports",
                column: "HearingId");

            migrationBuilder.AddForeignKey(
                name: "FK_CourtReports_CourtHearings_HearingId",
                table: "CourtReports",
                column: "HearingId",
                principalTable: "CourtHearings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CourtReports_CourtHearings_HearingId",
                table: "CourtReports");

            migrationBuilder.DropIndex(
                name: "IX_CourtReports_HearingId",
                table: "CourtReports");
        }
    }
}
