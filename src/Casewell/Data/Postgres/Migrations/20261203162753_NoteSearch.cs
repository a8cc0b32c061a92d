using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NoteSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the notes' full-text search index (PostgresNoteSql.CreateSearch, decision 0031).
            foreach (var sql in Casewell.Notes.PostgresNoteSql.CreateSearch()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Casewell.Notes.PostgresNoteSql.DropSearch()) migrationBuilder.Sql(sql);
        }
    }
}
