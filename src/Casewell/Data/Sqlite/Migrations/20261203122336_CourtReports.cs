using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CourtReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CourtReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Court = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HearingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseDetails = table.Column<string>(type: "TEXT", nullable: false),
                    Household = table.Column<string>(type: "TEXT", nullable: false),
                    History = table.Column<string>(type: "TEXT", nullable: false),
                    Recommendations = table.Column<string>(type: "TEXT", nullable: false),
                    ContactsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CompiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompiledById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompiledByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastChangedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtReports_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CourtReports_CaseId_CompiledAt",
                table: "CourtReports",
                columns: new[] { "CaseId", "CompiledAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CourtReports");
        }
    }
}
