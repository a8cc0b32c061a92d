namespace Casewell.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
