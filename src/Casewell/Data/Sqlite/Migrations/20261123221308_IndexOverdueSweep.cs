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
                name: "IX_Tasks_OverdueSince_Status_DueOn",
                table: "Tasks",
                columns: new[] { "OverdueSince", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ContactOverdueSince_NextContactDue",
                table: "Cases",
                columns: new[] { "ContactOverdueSince", "NextContactDue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_OverdueSince_Status_DueOn",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ContactOverdueSince_NextContactDue",
                table: "Cases");
        }
    }
}
