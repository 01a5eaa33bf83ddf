namespace PlanTracker.Domain.Plans;

/// <summary>第X章: a chapter with its own paragraphs and its 第X节 sections.</summary>
public class Chapter
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public List<string> Paragraphs { get; set; } = [];

    public List<Section> Sections { get; set; } = [];
}

/// <summary>第X节 inside a chapter.</summary>
public class Section
{
    public int Id { get; set; }

    public int ChapterId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public List<string> Paragraphs { get; set; } = [];
}
