namespace PlanTracker.Domain.Plans;

/// <summary>专栏: a boxed insert listing programmes, projects or indicators.</summary>
public class SpecialColumn
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public int? ChapterNumber { get; set; }

    public int? SectionNumber { get; set; }

    /// <summary>items, indicators or projects.</summary>
    public required string Kind { get; set; }

    public List<SpecialColumnItem> Items { get; set; } = [];
}

/// <summary>A numbered programme in a 专栏, e.g. 1. 高校毕业生就业创业促进计划.</summary>
public class SpecialColumnItem
{
    public int Id { get; set; }

    public int SpecialColumnId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public List<ItemTarget> Targets { get; set; } = [];
}

/// <summary>A quantitative target written inside an item's text ("认定50家以上…" → 50 家, at least).</summary>
public class ItemTarget
{
    public int Id { get; set; }

    public int SpecialColumnItemId { get; set; }

    public required string Phrase { get; set; }

    public decimal Value { get; set; }

    public required string Unit { get; set; }

    public Comparator Comparator { get; set; }

    public int? Year { get; set; }
}
