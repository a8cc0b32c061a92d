using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Postgres.Migrations
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
                type: "integer",
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
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Answered = table.Column<int>(type: "integer", nullable: false),
                    Refused = table.Column<int>(type: "integer", nullable: false),
                    LastAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
