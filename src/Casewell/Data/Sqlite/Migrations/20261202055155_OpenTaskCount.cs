using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpenTaskCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OpenTaskCount",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing cases start with the count of their open tasks; from now on every task change keeps it.
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "OpenTaskCount" =
                    (SELECT COUNT(*) FROM "Tasks" WHERE "Tasks"."CaseId" = "Cases"."Id" AND "Tasks"."Status" = 'Open');
                """);

            migrationBuilder.CreateTable(
                name: "IdentifierLookupTallies",
                columns: table => new
                {
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answered = table.Column<int>(type: "INTEGER", nullable: false),
                    Refused = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentifierLookupTallies", x => x.StaffId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdentifierLookupTallies");

            migrationBuilder.DropColumn(
                name: "OpenTaskCount",
                table: "Cases");
        }
    }
}
