using PlanTracker.Import.Parsing;

namespace PlanTracker.Import.Tests.Variants;

/// <summary>One table layout: a re-arrangement of columns and a way of writing rows as lines.</summary>
internal sealed record TableStyle(string Name, Func<TableBlock, TableBlock> Arrange, Func<TableBlock, IEnumerable<string>> Write);

/// <summary>A document layout: the main-indicator table in one style, the other tables (十三五, projects) in another.</summary>
internal sealed record DocumentLayout(string Name, TableStyle Main, TableStyle Others, bool PdfProse = false);

/// <summary>Where a table landed in the generated text (1-based lines), to check that a lost table is reported there.</summary>
internal sealed record TableSpan(TableKind Kind, int FirstLine, int LastLine, int Rows);

/// <summary>A generated document: its text and its tables' places.</summary>
internal sealed record VariantDocument(string Seed, string Layout, string Text, IReadOnlyList<TableSpan> Tables);

/// <summary>
/// The layout-variant generator of issue 12: a seed's whole text re-emitted with its tables in another layout (or two
/// layouts mixed in one document, as a retyped Word file would have), prose one line per paragraph.
/// </summary>
internal static class LayoutVariants
{
    private static readonly TableStyle[] StyleList =
    [
        new("tab", TableTransforms.Identity, TableRenderers.Tabs),
        new("pipe-outer", TableTransforms.Identity, TableRenderers.PipesWithOuter),
        new("pipe-inner", TableTransforms.Identity, TableRenderers.PipesWithoutOuter),
        new("trailing-pipe", TableTransforms.Identity, TableRenderers.TrailingSeparators),
        new("cell-blank", TableTransforms.Identity, TableRenderers.CellPerLineWithBlankLines),
        new("cell-tight", TableTransforms.Identity, TableRenderers.CellPerLineWithoutBlankLines),
        new("cell-indented", TableTransforms.Identity, TableRenderers.CellPerLineTabIndented),
        new("pdf-dump", TableTransforms.Identity, TableRenderers.PdfDump),
        new("rows-run-together", TableTransforms.Identity, TableRenderers.RowsRunTogether),
        new("header-cell-lines", TableTransforms.Identity, TableRenderers.HeaderCellsOnLines),
        new("header-char-lines", TableTransforms.Identity, TableRenderers.HeaderOneCharacterPerLine),
        new("category-column", TableTransforms.CategoryColumn, TableRenderers.Tabs),
        new("number-column", TableTransforms.NumberColumn, TableRenderers.Tabs),
        new("unit-in-name", TableTransforms.UnitInName, TableRenderers.Tabs),
    ];

    public static IReadOnlyList<TableStyle> Styles => StyleList;

    /// <summary>Every style alone, then mixes: the main table retyped in one layout, the other tables left in another.</summary>
    public static IReadOnlyList<DocumentLayout> Layouts { get; } =
    [
        .. StyleList.Select(s => new DocumentLayout(s.Name, s, s, PdfProse: s.Name == "pdf-dump")),
        new("mix:tab+cell-blank", Style("tab"), Style("cell-blank")),
        new("mix:pipe-outer+tab", Style("pipe-outer"), Style("tab")),
        new("mix:cell-tight+trailing-pipe", Style("cell-tight"), Style("trailing-pipe")),
        new("mix:category-column+pdf-dump", Style("category-column"), Style("pdf-dump")),
        new("mix:unit-in-name+cell-indented", Style("unit-in-name"), Style("cell-indented")),
    ];

    public static DocumentLayout Layout(string name) => Layouts.Single(l => l.Name == name);

    public static VariantDocument Build(string seed, string layout) => Build(seed, Seeds.Text(seed), Layout(layout));

    public static VariantDocument Build(string seed, string seedText, DocumentLayout layout)
    {
        var lines = new List<string>();
        var tables = new List<TableSpan>();
        foreach (var block in SeedBlocks.Read(seedText))
        {
            switch (block)
            {
                case ProseBlock prose:
                    lines.Add(prose.Text);
                    if (layout.PdfProse)
                    {
                        lines.Add(string.Empty);
                    }

                    break;
                case TableBlock table:
                    var style = table.Kind == TableKind.MainIndicators ? layout.Main : layout.Others;
                    var arranged = style.Arrange(table);
                    Separate(lines);
                    var first = lines.Count + 1;
                    lines.AddRange(style.Write(arranged));
                    tables.Add(new TableSpan(table.Kind, first, lines.Count, table.Rows.Count(r => !TableBlock.IsCategory(r))));
                    Separate(lines);
                    break;
            }
        }

        return new VariantDocument(seed, layout.Name, string.Join('\n', lines) + "\n", tables);
    }

    private static TableStyle Style(string name) => StyleList.Single(s => s.Name == name);

    private static void Separate(List<string> lines)
    {
        if (lines.Count > 0 && lines[^1].Length > 0)
        {
            lines.Add(string.Empty);
        }
    }
}
