using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndexOverdueSweep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Status_OverdueSince_DueOn",
                table: "Tasks",
                columns: new[] { "Status", "OverdueSince", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_ContactOverdueSince_NextContactDue",
                table: "Cases",
                columns: new[] { "Status", "ContactOverdueSince", "NextContactDue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Status_OverdueSince_DueOn",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_ContactOverdueSince_NextContactDue",
                table: "Cases");
        }
    }
}
