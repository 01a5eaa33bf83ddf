using System.Globalization;
using PlanTracker.LoadTests.Circuit;

namespace PlanTracker.LoadTests.Journeys;

/// <summary>
/// A city reporter on the entry form of one year (<paramref name="yearIndex"/> into the years its picker offers, so
/// that active reporters of one city each own a year and never conflict): types a value into a row and saves.
/// </summary>
public sealed partial class ReporterJourney(PortalAccount account, Measurements measurements, int yearIndex) : Journey(account, measurements)
{
    public int Year { get; private set; }

    public int YearsOffered { get; private set; }

    protected override string StartPage => "progress";

    protected override async Task ReadyAsync(CancellationToken cancellationToken)
    {
        await Client.WaitUntilAsync(dom => ValueInputs(dom).Any(), cancellationToken);
        var years = await YearPicker.OpenAsync(Client, "entry-year", cancellationToken);
        YearsOffered = years.Count;
        Year = years[yearIndex % years.Count];
        await YearPicker.ChooseAsync(Client, Year, cancellationToken);
        await Client.WaitUntilAsync(dom => ValueInputs(dom).Any(input => input["aria-label"]!.EndsWith($" {Year} 年数值", StringComparison.Ordinal)), cancellationToken);
    }

    public override async Task ActAsync(Random random, CancellationToken cancellationToken)
    {
        var inputs = Client.Read(dom => ValueInputs(dom).Where(input => !input.Attributes.ContainsKey("disabled") && !_refused.Contains(input["aria-label"]!)).ToList());
        if (inputs.Count == 0)
        {
            Measurements.Error($"{Account.UserName} {Year}: 没有可填写的行");
            return;
        }

        // A plausible figure: the row's own target (always inside its unit's bounds), else a number between 10 and 90.
        var input = inputs[random.Next(inputs.Count)];
        var (previous, target) = Client.Read(_ => (input["value"] ?? "", TargetOf(input)));
        var value = target ?? (random.Next(10, 90) + random.Next(0, 10) / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
        await Measurements.TimeAsync("输入数值", () => Client.ChangeAsync(input, value, cancellationToken));

        // A row whose checks refuse the figure, or want a note for it, is put back and left alone from now on, as a
        // reporter would not save a figure the form marks wrong.
        if (Client.Read(_ => RowOf(input) is { } row && DomMirror.Descendants(row).Any(e => e["data-testid"] is "entry-field-error" or "entry-note-required")))
        {
            _refused.Add(input["aria-label"]!);
            await Client.ChangeAsync(input, previous, cancellationToken);
            return;
        }

        var saves = Client.Read(Saves);
        var save = Client.Read(dom => dom.Find(e => e["data-testid"] == "entry-save"))!;
        await Measurements.TimeAsync(Measurements.Save, async () =>
        {
            await Client.ClickAsync(save, cancellationToken);
            await Client.WaitUntilAsync(dom => Saves(dom) > saves, cancellationToken);
        });

        if (Client.Read(dom => dom.Find(e => e["data-testid"] == "entry-saved")) is null)
        {
            var message = Client.Read(dom => string.Join("；", dom.Elements().Where(e => e["data-testid"] == "entry-error").Select(DomMirror.TextOf)));
            if (message.Length == 0)
            {
                Measurements.Error("保存未成功，页面没有说明原因");
                return;
            }

            // The form's cross-row checks (a 其中 row above its parent, say) refused it: a correct answer, counted
            // apart from errors; the figure is put back and the row left alone from now on.
            Measurements.Refused();
            _refused.Add(input["aria-label"]!);
            await Client.ChangeAsync(input, previous, cancellationToken);
        }
    }

    private readonly HashSet<string> _refused = [];

    private static ElementNode? RowOf(Node node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ElementNode { Name: "tr" } row)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>The row's printed target (its second desktop number cell: baseline, then target).</summary>
    private static string? TargetOf(ElementNode input) =>
        RowOf(input) is { } row
        && row.Children.OfType<ElementNode>().Where(td => td["class"] == "num desktop-only").Skip(1).FirstOrDefault() is { } cell
        && Number().Match(DomMirror.TextOf(cell)) is { Success: true } number
            ? number.Value
            : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial System.Text.RegularExpressions.Regex Number();

    private static IEnumerable<ElementNode> ValueInputs(DomMirror dom) =>
        dom.Elements().Where(e => e.Name == "input" && e["data-col"] == "value" && e.Handlers.ContainsKey("change") && e["aria-label"] is not null);

    /// <summary>The entry form's saves counter (data-saves): it goes up when a save has finished, stored or refused.</summary>
    public static int Saves(DomMirror dom) =>
        dom.Find(e => e["class"] == "entry-actions" && e.Attributes.ContainsKey("data-saves")) is { } actions && int.TryParse(actions["data-saves"], out var saves) ? saves : 0;
}
