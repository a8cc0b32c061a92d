using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Hardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailedSignIns",
                table: "StaffUsers");

            migrationBuilder.RenameColumn(
                name: "LockedOutUntil",
                table: "StaffUsers",
                newName: "ActivationExpiresAt");

            migrationBuilder.AddColumn<string>(
                name: "ActivationTokenHash",
                table: "StaffUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FieldKeyChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldKeyChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Endpoint = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponseHeaders = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResponseBody = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.StaffId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "PrivacyReviewItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RaisedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyReviewItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInThrottles",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    BlockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastFailureAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInThrottles", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "StaffSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffSessions_StaffUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StaffUsers_ActivationTokenHash",
                table: "StaffUsers",
                column: "ActivationTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorId_Action_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "ActorId", "Action", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyReviewItems_ReviewedAt_RaisedAt",
                table: "PrivacyReviewItems",
                columns: new[] { "ReviewedAt", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivacyReviewItems_SubjectStaffId_Kind_RaisedAt",
                table: "PrivacyReviewItems",
                columns: new[] { "SubjectStaffId", "Kind", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffSessions_StaffId",
                table: "StaffSessions",
                column: "StaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FieldKeyChecks");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "PrivacyReviewItems");

            migrationBuilder.DropTable(
                name: "SignInThrottles");

            migrationBuilder.DropTable(
                name: "StaffSessions");

            migrationBuilder.DropIndex(
                name: "IX_StaffUsers_ActivationTokenHash",
                table: "StaffUsers");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ActorId_Action_OccurredAt",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ActivationTokenHash",
                table: "StaffUsers");

            migrationBuilder.RenameColumn(
                name: "ActivationExpiresAt",
                table: "StaffUsers",
                newName: "LockedOutUntil");

            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                table: "StaffUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}
