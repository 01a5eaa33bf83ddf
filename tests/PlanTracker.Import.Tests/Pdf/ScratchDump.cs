namespace PlanTracker.Import.Tests.Pdf;

public class ScratchDump
{
    [Fact]
    public void Dump()
    {
        foreach (var seed in Seeds.All)
        {
            var html = SeedHtml.Render(SeedTables.Blocks(Seeds.Text(seed)));
            File.WriteAllText($"/tmp/pdfscratch/{seed}.html", html); File.WriteAllBytes($"/tmp/pdfscratch/{seed}.pdf", ChromiumPrinter.Print(html));
            var bytes = ChromiumPrinter.Print(html);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var read = PlanDocumentReader.Read("x.pdf", bytes);
            var t1 = sw.ElapsedMilliseconds;
            Assert.True(read.Success, read.Error);
            File.WriteAllText($"/tmp/pdfscratch/{seed}.out.txt", read.Text);
            var plan = PlanParser.Parse(read);
            File.WriteAllText($"/tmp/pdfscratch/{seed}.json", PlanJson.Serialize(plan));
            File.AppendAllText("/tmp/pdfscratch/times.txt", $"{seed} read {t1} ms total {sw.ElapsedMilliseconds} ms ind {plan.Indicators.Count} prev {plan.PreviousPeriod.Count} proj {plan.Projects.Count} warn {plan.Warnings.Count}\n");
        }
    }
}
