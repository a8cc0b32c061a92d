using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casewell.Data.Sqlite.Migrations
{
    /// <summary>
    /// The append-only triggers, in a migration of their own: SQLite rebuilds a table it alters after the migration's
    /// other operations, and a rebuilt table loses its triggers. A later migration that rebuilds an audit table must
    /// create them again (SqliteAuditSql).
    /// </summary>
    [DbContext(typeof(SqliteCasewellDbContext))]
    [Migration("20261202175800_AuditAppendOnly")]
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SqliteAuditSql.CreateTriggers()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SqliteAuditSql.DropTriggers()) migrationBuilder.Sql(sql);
        }
    }
}
