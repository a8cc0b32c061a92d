using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Postgres.Migrations
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
                    Number = table.Column<long>(type: "bigint", nullable: false),
                    KeptFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MonthsDropped = table.Column<int>(type: "integer", nullable: false),
                    BoundaryPosition = table.Column<long>(type: "bigint", nullable: false),
                    BoundarySequence = table.Column<long>(type: "bigint", nullable: false),
                    BoundarySealMac = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    DroppedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DroppedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Mac = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRetentions", x => x.Number);
                });
            // Hand-written: the records are insert-only, and (PostgreSQL) the one function that drops a month (PostgresAuditRetention).
            foreach (var sql in PostgresAuditRetention.Up()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in PostgresAuditRetention.Down()) migrationBuilder.Sql(sql);
            migrationBuilder.DropTable(
                name: "AuditRetentions");
        }
    }
}
