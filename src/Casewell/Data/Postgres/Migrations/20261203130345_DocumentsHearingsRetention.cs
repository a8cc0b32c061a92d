using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DocumentsHearingsRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CourtHearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Judge = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ScheduledById = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduledByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ContinuedFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ContinuanceCount = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OutcomeRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OutcomeRecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    OutcomeRecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PreviousHearingId = table.Column<Guid>(type: "uuid", nullable: true),
                    NextHearingId = table.Column<Guid>(type: "uuid", nullable: true),
                    PreparationTaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtHearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtHearings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FileName = table.Column<string>(type: "character varying(208)", maxLength: 208, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedById = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Documents_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourtHearingParties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HearingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourtHearingParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourtHearingParties_CourtHearings_HearingId",
                        column: x => x.HearingId,
                        principalTable: "CourtHearings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CourtHearingParties_HearingId_Position",
                table: "CourtHearingParties",
                columns: new[] { "HearingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CourtHearings_CaseId_StartsAt",
                table: "CourtHearings",
                columns: new[] { "CaseId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CourtHearings_Status_StartsAt",
                table: "CourtHearings",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_CaseId_UploadedAt",
                table: "Documents",
                columns: new[] { "CaseId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_ClientId_CaseId_UploadedAt",
                table: "Documents",
                columns: new[] { "ClientId", "CaseId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_StorageKey",
                table: "Documents",
                column: "StorageKey",
                unique: true);

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

            migrationBuilder.DropTable(
                name: "CourtHearingParties");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "CourtHearings");
        }
    }
}
