using System.Text.Json.Serialization;
using FluentValidation;
using PlanTracker.Domain;
using PlanTracker.Domain.Catalogue;
using PlanTracker.Domain.Plans;
using PlanTracker.Domain.Reporting;
using PlanTracker.Web.Features.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Features.Progress.Entry;

/// <summary>A city's values for one year as a reporter saves them (from the page; later the spreadsheet and the API).</summary>
public sealed class SaveProgressRequest
{
    public int RegionId { get; set; }

    public int Year { get; set; }

    /// <summary>The period of the plan in force in <see cref="Year"/>: set by the service from the database before validation, never taken from the client.</summary>
    [JsonIgnore]
    public PlanPeriod? Period { get; set; }

    /// <summary>The report version the form last saw (its workflow moves are checked against it; value saves merge per row).</summary>
    public uint? Version { get; set; }

    public List<ProgressRowInput> Rows { get; set; } = [];

    /// <summary>
    /// Takes a save's outcome into the form: saved and untouched rows show what is stored now (the other person's
    /// values too) and that becomes their base; conflicted rows keep this person's input and wait for a choice. A row
    /// typed into while the save ran keeps its input and its old base (so it is checked again, never adopted blindly).
    /// </summary>
    public void Adopt(Outcome<SavedProgress> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Kind is not (OutcomeKind.Succeeded or OutcomeKind.Conflict) || result.Value is not { } saved)
        {
            return;
        }

        Version = saved.Version;
        foreach (var row in Rows)
        {
            if (saved.Conflicts.TryGetValue(row.IndicatorId, out var conflict))
            {
                row.Conflict = conflict;
            }
            else if (saved.Stored.TryGetValue(row.IndicatorId, out var stored) && saved.Sent.TryGetValue(row.IndicatorId, out var sent) && RowFields.From(row) == sent)
            {
                (row.Conflict, row.Base) = (null, stored);
                row.SetFields(stored);
            }
        }
    }
}

public sealed class ProgressRowInput
{
    public int IndicatorId { get; set; }

    /// <summary>The indicator's name and unit, filled in by the service from the plan (not trusted from the client).</summary>
    public string Name { get; set; } = string.Empty;

    public string? Unit { get; set; }

    public decimal? Value { get; set; }

    /// <summary>What the reporter typed into the value field when it is not a number ("abc"): kept in the field and refused.</summary>
    [JsonIgnore]
    public string? UnparsedValue { get; set; }

    public bool IsPreliminary { get; set; }

    public string? Note { get; set; }

    public string? Source { get; set; }

    /// <summary>原因分析: required before submitting when a 约束性 indicator is behind 时序进度 or breaks its bound.</summary>
    public string? Cause { get; set; }

    /// <summary>整改措施: required together with the cause.</summary>
    public string? CorrectiveMeasures { get; set; }

    /// <summary>The stored fields when this person loaded the row (or last adopted or chose them): a field that differs from it is their change.</summary>
    [JsonIgnore]
    public RowFields Base { get; set; }

    /// <summary>Set when the last save found that someone else changed this row too; cleared by a choice.</summary>
    [JsonIgnore]
    public RowConflict? Conflict { get; set; }

    /// <summary>Whether this person changed anything on the row since loading it.</summary>
    public bool IsChanged => RowFields.From(this) != Base;

    /// <summary>保留我的: the input stays; the other person's value, now seen, becomes the base, so the next save applies the input.</summary>
    public void KeepMine(RowConflict conflict) => (Base, Conflict) = (conflict.Theirs, null);

    /// <summary>采用对方的: the input becomes the other person's value, which is also the base (nothing left to save on the row).</summary>
    public void TakeTheirs(RowConflict conflict)
    {
        (Base, Conflict) = (conflict.Theirs, null);
        SetFields(conflict.Theirs);
    }

    public void SetFields(RowFields fields) =>
        (Value, UnparsedValue, IsPreliminary, Note, Source, Cause, CorrectiveMeasures) = (fields.Value, null, fields.IsPreliminary, fields.Note, fields.Source, fields.Cause, fields.CorrectiveMeasures);

    /// <summary>The plan row and earlier years the value is checked against; filled in by the service from the database.</summary>
    [JsonIgnore]
    public ValueCheckContext? Context { get; set; }

    /// <summary>The warnings this value raises (a note is then required), given the parent row's value for a 其中 row.</summary>
    public IReadOnlyList<ValueWarning> Warnings(int year, decimal? parentValue) =>
        Value is { } value && Context is { } context ? ValueWarnings.Check(context, year, value, parentValue) : [];
}

/// <summary>The checks every save passes, whichever way the values arrive. Messages in Chinese name the indicator.</summary>
public sealed class SaveProgressRequestValidator : AbstractValidator<SaveProgressRequest>
{
    /// <summary>说明, 原因分析, 整改措施 (also the 专栏/project 进展说明 and review comments): the input's maxlength and counter use it too.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>数据来源.</summary>
    public const int MaxSourceLength = 256;

    public SaveProgressRequestValidator()
    {
        RuleFor(r => r.Year).InPlanPeriod(r => r.Period);
        RuleForEach(r => r.Rows)
            // A value its own checks refuse gets their message only, not also a warning about how far it moved.
            .Must((request, row) => !string.IsNullOrWhiteSpace(row.Note) || !InRange(row) || row.Warnings(request.Year, ParentValue(request, row)).Count == 0)
            .WithMessage((request, row) => $"“{row.Name}”{string.Join("；", row.Warnings(request.Year, ParentValue(request, row)).Select(w => w.Message))}，请在“说明”中写明原因。");
        RuleForEach(r => r.Rows).SetValidator(new ProgressRowInputValidator());
    }

    private static bool InRange(ProgressRowInput row) =>
        row.Value is not { } value || (ValueRules.For(row.Unit, row.Name).Allows(value) && ValueRules.WithinMagnitude(value));

    /// <summary>The value typed for a 其中 row's parent in the same request.</summary>
    public static decimal? ParentValue(SaveProgressRequest request, ProgressRowInput row) =>
        row.Context?.ParentIndicatorId is { } parent ? request.Rows.FirstOrDefault(r => r.IndicatorId == parent)?.Value : null;
}

/// <summary>
/// The checks of one row on its own (range for its unit, decimals, size, text lengths, clean text): part of every save
/// through <see cref="SaveProgressRequestValidator"/>, and run by the entry row as the reporter types, so the same
/// message shows at the field before the save refuses it.
/// </summary>
public sealed class ProgressRowInputValidator : AbstractValidator<ProgressRowInput>
{
    public ProgressRowInputValidator()
    {
        RuleFor(x => x.UnparsedValue).MustBeANumber(x => $"“{x.Name}”");
        RuleFor(x => x.Value).Must((x, v) => v is null || ValueRules.For(x.Unit, x.Name).Allows(v.Value))
            .WithMessage(x => $"“{x.Name}”{ValueRules.For(x.Unit, x.Name).RangeMessage}。");
        RuleFor(x => x.Value).Must((x, v) => v is null || ValueRules.For(x.Unit, x.Name).HasSensibleDecimals(v.Value))
            .WithMessage(x => $"“{x.Name}”{ValueRules.For(x.Unit, x.Name).DecimalsMessage}。");
        RuleFor(x => x.Value).Must(v => v is null || ValueRules.WithinMagnitude(v.Value))
            .WithMessage(x => $"“{x.Name}”的数值过大，请检查单位。");
        RuleFor(x => x.Note).MaximumLength(SaveProgressRequestValidator.MaxNoteLength).WithMessage(x => $"“{x.Name}”的说明最多 {SaveProgressRequestValidator.MaxNoteLength} 字。");
        RuleFor(x => x.Cause).MaximumLength(SaveProgressRequestValidator.MaxNoteLength).WithMessage(x => $"“{x.Name}”的原因分析最多 {SaveProgressRequestValidator.MaxNoteLength} 字。");
        RuleFor(x => x.CorrectiveMeasures).MaximumLength(SaveProgressRequestValidator.MaxNoteLength).WithMessage(x => $"“{x.Name}”的整改措施最多 {SaveProgressRequestValidator.MaxNoteLength} 字。");
        RuleFor(x => x.Source).MaximumLength(SaveProgressRequestValidator.MaxSourceLength).WithMessage(x => $"“{x.Name}”的数据来源最多 {SaveProgressRequestValidator.MaxSourceLength} 字。");
        RuleFor(x => x).Must(x => new[] { x.Note, x.Source, x.Cause, x.CorrectiveMeasures }.All(TextInput.IsClean))
            .WithMessage(x => $"“{x.Name}”的文字{TextInput.Message}");
    }
}
