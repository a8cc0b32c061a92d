using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IndexOverdueSweep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_DueOn_Unmarked",
                table: "Tasks",
                column: "DueOn",
                filter: "\"OverdueSince\" IS NULL AND \"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NextContactDue_Unmarked",
                table: "Cases",
                column: "NextContactDue",
                filter: "\"ContactOverdueSince\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_DueOn_Unmarked",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_NextContactDue_Unmarked",
                table: "Cases");
        }
    }
}
