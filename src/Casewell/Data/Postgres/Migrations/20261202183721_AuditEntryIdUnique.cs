using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditEntryIdUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Id",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Id",
                table: "AuditEntries",
                column: "Id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Id",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Id",
                table: "AuditEntries",
                column: "Id");
        }
    }
}
