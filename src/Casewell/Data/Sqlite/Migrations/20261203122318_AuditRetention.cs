using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditRetentions",
                columns: table => new
                {
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    KeptFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthsDropped = table.Column<int>(type: "INTEGER", nullable: false),
                    BoundaryPosition = table.Column<long>(type: "INTEGER", nullable: false),
                    BoundarySequence = table.Column<long>(type: "INTEGER", nullable: false),
                    BoundarySealMac = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    DroppedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DroppedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Mac = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRetentions", x => x.Number);
                });
            // Hand-written: the records are insert-only (SqliteAuditRetention).
            foreach (var sql in SqliteAuditRetention.Up()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SqliteAuditRetention.Down()) migrationBuilder.Sql(sql);
            migrationBuilder.DropTable(
                name: "AuditRetentions");
        }
    }
}
