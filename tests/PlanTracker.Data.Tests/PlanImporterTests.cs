using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PlanTracker.Data.Importing;
using PlanTracker.Domain.Plans;
using PlanTracker.Import;

namespace PlanTracker.Data.Tests;

public class PlanImporterTests
{
    [Fact]
    public async Task Importing_the_seeds_twice_leaves_exactly_four_plans()
    {
        await using var host = await ImportTestHost.CreateAsync("seedstwice");

        var first = await host.Seeds.LoadAsync(ImportTestHost.SeedDirectory);
        var second = await host.Seeds.LoadAsync(ImportTestHost.SeedDirectory);

        Assert.All(first, r => Assert.Contains(r.Outcome, new[] { ImportOutcome.Created, ImportOutcome.Updated }));
        Assert.All(second, r => Assert.Equal(ImportOutcome.AlreadyImported, r.Outcome));
        await using var context = host.NewContext();
        var plans = await context.Plans.Include(p => p.Region).Include(p => p.SourceDocuments).OrderBy(p => p.Region!.AdminCode).ToListAsync();
        Assert.Equal(["长沙市", "株洲市", "湘西自治州", "鄂州市"], plans.Select(p => p.Region!.Name).OrderBy(n => n == "鄂州市").ThenBy(n => n == "湘西自治州").ThenBy(n => n == "株洲市"));
        Assert.Equal(5, plans.Sum(p => p.SourceDocuments.Count));
        Assert.Equal(4, await context.Regions.CountAsync());
    }

    [Fact]
    public async Task Both_Zhuzhou_extractions_are_one_plan_whichever_comes_first()
    {
        await using var host = await ImportTestHost.CreateAsync("zhuzhou");

        var markdown = await host.Importer.ImportAsync(ImportTestHost.Seed("003"), allowRemovals: false);
        await using var before = host.NewContext();
        var idsBefore = await before.Indicators.OrderBy(i => i.Ordinal).Select(i => i.Id).ToListAsync();
        var pdf = await host.Importer.ImportAsync(ImportTestHost.Seed("000"), allowRemovals: false);

        Assert.Equal(ImportOutcome.Created, markdown.Outcome);
        Assert.Equal(ImportOutcome.Updated, pdf.Outcome);
        Assert.Equal(markdown.PlanId, pdf.PlanId);
        Assert.Empty(pdf.Preview.Diff!.AddedIndicators);
        Assert.Empty(pdf.Preview.Diff.RemovedIndicators);
        Assert.Empty(pdf.Preview.Diff.TargetChanges);

        await using var context = host.NewContext();
        var plan = await context.Plans.Include(p => p.SourceDocuments).Include(p => p.Region).SingleAsync();
        // Only the Markdown text carries the issuing notice; the PDF text after it must not erase it.
        Assert.Equal("株人社发〔2021〕51号", plan.DocumentNumber);
        Assert.Equal("株洲市", plan.Region!.Name);
        Assert.Equal("430200", plan.Region.AdminCode);
        Assert.Equal(["markdown", "pdf-text"], plan.SourceDocuments.Select(d => d.Layout).Order());
        // Rows are updated in place: the ids (and any progress attached to them) survive.
        Assert.Equal(idsBefore, await context.Indicators.OrderBy(i => i.Ordinal).Select(i => i.Id).ToListAsync());
    }

    [Fact]
    public async Task Changsha_indicators_arrive_as_printed_with_their_other_of_which_rows_linked()
    {
        await using var host = await ImportTestHost.CreateAsync("changsha");
        await host.Importer.ImportAsync(ImportTestHost.Seed("001"), allowRemovals: false);

        await using var context = host.NewContext();
        var indicators = await context.Indicators.Include(i => i.Parent).OrderBy(i => i.Ordinal).ToListAsync();
        Assert.Equal(13, indicators.Count);
        var jobs = indicators[0];
        Assert.Equal(("就业", 1, "城镇新增就业人数", "万人"), (jobs.Category, jobs.Number!.Value, jobs.Name, jobs.Unit));
        Assert.Equal(new Measure("[71.42]", 71.42m, Comparator.None, true), jobs.Baseline);
        Assert.Equal(new Measure("[75]", 75m, Comparator.None, true), jobs.Target);
        Assert.True(jobs.Cumulative);
        var survey = indicators[1];
        Assert.Equal("城镇调查失业率", survey.Name);
        Assert.Equal(new Measure("<5.5", 5.5m, Comparator.Less, false), survey.Target);
        var migrantTraining = indicators[4];
        Assert.Equal("农民工参加职业培训人次", migrantTraining.Name);
        Assert.Equal("开展补贴性职业技能培训人次", migrantTraining.Parent!.Name);
        Assert.Equal(new Measure("—", null, Comparator.None, false), migrantTraining.Baseline);
        Assert.Equal(IndicatorAttribute.Binding, indicators[6].Attribute);
        Assert.Equal("失业保险参保人数", indicators[6].Name);
        // 11.其中 prints an empty 2020 cell, not "—": the difference is kept.
        Assert.Equal(Measure.Empty, indicators[10].Baseline);
        Assert.Equal(new Measure("≥96", 96m, Comparator.GreaterOrEqual, false), indicators[5].Baseline);
    }

    [Fact]
    public async Task A_failure_half_way_leaves_the_database_exactly_as_it_was()
    {
        await using var host = await ImportTestHost.CreateAsync("rollback");
        await host.Importer.ImportAsync(ImportTestHost.Seed("001"), allowRemovals: false);
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            // Make the last rows of the import fail inside PostgreSQL, after the plan and indicators were written.
            await using var trigger = new NpgsqlCommand("""
                CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$;
                CREATE TRIGGER refuse_projects BEFORE INSERT ON projects FOR EACH ROW EXECUTE FUNCTION refuse();
                """, connection);
            await trigger.ExecuteNonQueryAsync();
        }

        var snapshot = await SnapshotAsync(host);
        await Assert.ThrowsAnyAsync<Exception>(() => host.Importer.ImportAsync(ImportTestHost.Seed("002"), allowRemovals: false));

        Assert.Equal(snapshot, await SnapshotAsync(host));
    }

    [Fact]
    public async Task Dropping_indicators_waits_for_confirmation()
    {
        await using var host = await ImportTestHost.CreateAsync("confirm");
        var source = ImportTestHost.Seed("001");
        await host.Importer.ImportAsync(source, allowRemovals: false);
        var plan = PlanParser.Parse(Encoding.UTF8.GetString(source.Content));
        var shorter = plan with { Indicators = [.. plan.Indicators.Where(i => i.Name != "工伤保险参保人数")] };
        var json = new ImportSource("changsha.json", Encoding.UTF8.GetBytes(PlanJson.Serialize(shorter)), "test");

        var unconfirmed = await host.Importer.ImportAsync(json, allowRemovals: false);
        await using (var context = host.NewContext())
        {
            Assert.Equal(ImportOutcome.NeedsConfirmation, unconfirmed.Outcome);
            Assert.Equal(["工伤保险参保人数"], unconfirmed.Preview.Diff!.RemovedIndicators);
            Assert.Equal(13, await context.Indicators.CountAsync());
        }

        var confirmed = await host.Importer.ImportAsync(json, allowRemovals: true);
        await using (var context = host.NewContext())
        {
            Assert.Equal(ImportOutcome.Updated, confirmed.Outcome);
            Assert.Equal(12, await context.Indicators.CountAsync());
        }
    }

    [Fact]
    public async Task A_changed_target_is_listed_in_the_preview()
    {
        await using var host = await ImportTestHost.CreateAsync("targetdiff");
        var source = ImportTestHost.Seed("001");
        await host.Importer.ImportAsync(source, allowRemovals: false);
        var plan = PlanParser.Parse(Encoding.UTF8.GetString(source.Content));
        var adjusted = plan with
        {
            Indicators = [.. plan.Indicators.Select(i => i.Name == "城镇新增就业人数" ? i with { Target = new("[80]", 80m, null) } : i)],
        };

        var preview = await host.Importer.PreviewAsync(new ImportSource("adjusted.json", Encoding.UTF8.GetBytes(PlanJson.Serialize(adjusted)), "test"));

        Assert.Equal([new IndicatorChange("城镇新增就业人数", "[75]", "[80]")], preview.Diff!.TargetChanges);
        Assert.False(preview.Diff.IsNewPlan);
    }

    [Theory]
    [InlineData("empty.txt", "文件为空")]
    [InlineData("binary.txt", "不是文本")]
    [InlineData("huge.txt", "文件过大")]
    [InlineData("letter.txt", "不是一份规划文本")]
    [InlineData("broken.json", "JSON")]
    public async Task Bad_input_gets_a_Chinese_message_and_writes_nothing(string fileName, string expected)
    {
        await using var host = await ImportTestHost.CreateAsync("bad");
        byte[] content = fileName switch
        {
            "empty.txt" => [],
            "binary.txt" => [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xD8, 0x00, 0x01],
            "huge.txt" => new byte[50 * 1024 * 1024],
            "letter.txt" => Encoding.UTF8.GetBytes("各位同事：\n明天下午三点开会，请准时参加。\n"),
            _ => Encoding.UTF8.GetBytes("{ \"region\": "),
        };

        var result = await host.Importer.ImportAsync(new ImportSource(fileName, content, "test"), allowRemovals: true);

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains(expected, result.Message);
        await using var context = host.NewContext();
        Assert.Equal(0, await context.Plans.CountAsync());
        Assert.Equal(0, await context.Regions.CountAsync());
    }

    private static async Task<string> SnapshotAsync(ImportTestHost host)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        var counts = new StringBuilder();
        foreach (var table in new[] { "regions", "plans", "source_documents", "chapters", "sections", "indicators", "previous_period_results", "special_columns", "special_column_items", "item_targets", "projects" })
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(max(id), 0) FROM {table}", connection);
            counts.Append(table).Append('=').Append(await command.ExecuteScalarAsync()).Append(' ');
        }

        return counts.ToString();
    }
}
