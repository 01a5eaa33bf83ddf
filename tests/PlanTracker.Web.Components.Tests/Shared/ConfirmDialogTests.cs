using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PlanTracker.Web.Components.Shared;

namespace PlanTracker.Web.Components.Tests.Shared;

/// <summary>The question 提交审核, 审核通过 and 退回 ask first: only the step's own button says yes.</summary>
public class ConfirmDialogTests : PortalComponentTest
{
    [Fact]
    public async Task The_steps_button_confirms_and_shows_the_message_and_detail()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();

        var answer = provider.InvokeAsync(() => ConfirmDialog.AskAsync(dialogs, "提交审核", "保存本页输入并将 长沙市 2024 年度报告提交审核？", "提交审核", Color.Success, "提交后数据只读，审核人退回后才能再修改。"));
        provider.WaitForElement("[data-testid='confirm-ok']");

        Assert.Contains("保存本页输入并将 长沙市 2024 年度报告提交审核？", provider.Markup, StringComparison.Ordinal);
        Assert.Contains("提交后数据只读，审核人退回后才能再修改。", provider.Markup, StringComparison.Ordinal);
        Assert.Equal("提交审核", provider.Find("[data-testid='confirm-ok']").TextContent.Trim());
        provider.Find("[data-testid='confirm-ok']").Click();

        Assert.True(await answer);
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid='confirm-ok']")));
    }

    [Fact]
    public async Task Cancel_says_no()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();

        var answer = provider.InvokeAsync(() => ConfirmDialog.AskAsync(dialogs, "退回", "将 长沙市 2023 年度报告退回填报员修改？", "退回", Color.Warning));
        provider.WaitForElement("[data-testid='confirm-cancel']").Click();

        Assert.False(await answer);
    }
}
