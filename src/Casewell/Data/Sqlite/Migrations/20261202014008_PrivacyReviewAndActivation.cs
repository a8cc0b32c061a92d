using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyReviewAndActivation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ActivationExpiresAt",
                table: "StaffUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActivationTokenHash",
                table: "StaffUsers",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

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
