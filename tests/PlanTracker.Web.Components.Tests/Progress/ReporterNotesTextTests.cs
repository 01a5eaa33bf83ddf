using Bunit;
using PlanTracker.Web.Features.Progress;

namespace PlanTracker.Web.Components.Tests.Progress;

/// <summary>A reporter's note, source, 原因分析 and 整改措施, written the same on the review page and the dashboard's detail.</summary>
public class ReporterNotesTextTests : PortalComponentTest
{
    [Fact]
    public void Each_written_part_gets_its_line_and_a_preliminary_note_is_marked()
    {
        var cut = Render<ReporterNotesText>(p => p.Add(n => n.Note, "含线上招聘").Add(n => n.Source, "市就业服务中心")
            .Add(n => n.Cause, "企业外迁").Add(n => n.CorrectiveMeasures, "扩面征缴").Add(n => n.Preliminary, true));

        Assert.Equal(["【快报】含线上招聘", "来源：市就业服务中心", "原因分析：企业外迁", "整改措施：扩面征缴"], cut.FindAll("div").Select(d => d.TextContent));
    }

    [Fact]
    public void Nothing_written_shows_nothing() =>
        Assert.Empty(Render<ReporterNotesText>().FindAll("div"));
}
