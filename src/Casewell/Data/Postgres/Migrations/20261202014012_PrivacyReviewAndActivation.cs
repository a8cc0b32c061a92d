using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyReviewAndActivation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ActivationExpiresAt",
                table: "StaffUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActivationTokenHash",
                table: "StaffUsers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PrivacyReviewItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RaisedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivacyReviewItems", x => x.Id);
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrivacyReviewItems");

            migrationBuilder.DropIndex(
                name: "IX_StaffUsers_ActivationTokenHash",
                table: "StaffUsers");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ActorId_Action_OccurredAt",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ActivationExpiresAt",
                table: "StaffUsers");

            migrationBuilder.DropColumn(
                name: "ActivationTokenHash",
                table: "StaffUsers");
        }
    }
}
