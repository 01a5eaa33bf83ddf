using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using PlanTracker.TestSupport;

namespace PlanTracker.Data.Tests;

/// <summary>
/// The SQL migrations and the EF Core model are written separately (docs/decisions/0001-schema-changes.md), so this
/// test proves they agree: tables, columns, store types, nullability, primary keys, foreign keys and indexes.
/// </summary>
public class SchemaMatchesModelTests
{
    [Fact]
    public async Task Migrated_schema_equals_the_EF_model()
    {
        var connectionString = await TestPostgres.CreateMigratedDatabaseAsync("schema");
        await using var context = new PlanTrackerDbContext(ServiceCollectionExtensions.CreateOptions(connectionString));
        var expected = FromModel(context);
        var actual = await FromDatabaseAsync(connectionString);

        Assert.Equal(expected.Columns, actual.Columns);
        Assert.Equal(expected.PrimaryKeys, actual.PrimaryKeys);
        Assert.Equal(expected.ForeignKeys, actual.ForeignKeys);
        Assert.Equal(expected.Indexes, actual.Indexes);
    }

    private sealed record Schema(List<string> Columns, List<string> PrimaryKeys, List<string> ForeignKeys, List<string> Indexes);

    private static Schema FromModel(PlanTrackerDbContext context)
    {
        var model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var columns = new List<string>();
        var keys = new List<string>();
        var foreignKeys = new List<string>();
        var indexes = new List<string>();
        foreach (var table in model.Tables)
        {
            // xmin is PostgreSQL's system column (every table has it); the model maps it as a concurrency token.
            columns.AddRange(table.Columns.Where(c => c.Name != "xmin").Select(c => $"{table.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}"));
            if (table.PrimaryKey is { } pk)
            {
                keys.Add($"{table.Name} {pk.Name} ({string.Join(",", pk.Columns.Select(c => c.Name))})");
            }

            foreignKeys.AddRange(table.ForeignKeyConstraints.Select(fk =>
                $"{table.Name} {fk.Name} ({string.Join(",", fk.Columns.Select(c => c.Name))}) -> {fk.PrincipalTable.Name} on delete {DeleteRule(fk.OnDeleteAction)}"));
            indexes.AddRange(table.Indexes.Select(ix =>
                $"{table.Name} {ix.Name} ({string.Join(",", ix.Columns.Select(c => c.Name))}){(ix.IsUnique ? " unique" : string.Empty)}"));
        }

        return new Schema(Sorted(columns), Sorted(keys), Sorted(foreignKeys), Sorted(indexes));
    }

    private static async Task<Schema> FromDatabaseAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        const string tables = "c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> 'schema_history'";
        var columns = await ReadAsync(connection, $"""
            SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE ' null' END
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE {tables} AND a.attnum > 0 AND NOT a.attisdropped
            """);
        var keys = await ReadAsync(connection, $"""
            SELECT c.relname || ' ' || con.conname || ' (' || string_agg(a.attname, ',' ORDER BY k.ord) || ')'
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
            CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
            WHERE {tables} AND con.contype = 'p'
            GROUP BY c.relname, con.conname
            """);
        var foreignKeys = await ReadAsync(connection, $"""
            SELECT c.relname || ' ' || con.conname || ' (' || string_agg(a.attname, ',' ORDER BY k.ord) || ') -> ' || p.relname
                   || ' on delete ' || CASE con.confdeltype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'r' THEN 'restrict' ELSE 'no action' END
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class p ON p.oid = con.confrelid
            CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
            WHERE {tables} AND con.contype = 'f'
            GROUP BY c.relname, con.conname, p.relname, con.confdeltype
            """);
        var indexes = await ReadAsync(connection, $"""
            SELECT c.relname || ' ' || ic.relname || ' (' || string_agg(a.attname, ',' ORDER BY k.ord) || ')' || CASE WHEN i.indisunique THEN ' unique' ELSE '' END
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
            CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
            WHERE {tables} AND NOT i.indisprimary
            GROUP BY c.relname, ic.relname, i.indisunique
            """);
        return new Schema(Sorted(columns), Sorted(keys), Sorted(foreignKeys), Sorted(indexes));
    }

    private static async Task<List<string>> ReadAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static string DeleteRule(ReferentialAction action) => action switch
    {
        ReferentialAction.Cascade => "cascade",
        ReferentialAction.SetNull => "set null",
        ReferentialAction.Restrict => "restrict",
        _ => "no action",
    };

    private static List<string> Sorted(List<string> rows) => [.. rows.Order(StringComparer.Ordinal)];
}
