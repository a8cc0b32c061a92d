using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NoteSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the notes' full-text search index (SqliteNoteSql.CreateSearch, decision 0031).
            foreach (var sql in Casewell.Notes.SqliteNoteSql.CreateSearch()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Casewell.Notes.SqliteNoteSql.DropSearch()) migrationBuilder.Sql(sql);
        }
    }
}
