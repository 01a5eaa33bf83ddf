using PlanTracker.Data.Importing;
using PlanTracker.Import;
using PlanTracker.Import.Model;

namespace PlanTracker.Fuzz;

/// <summary>What reading one file gave: the plan (null when refused), its warnings, the refusal or validation errors, a storage problem.</summary>
public sealed record PipelineOutcome(ParsedPlan? Plan, List<string> Warnings, List<string> Errors, string? StorageProblem);

/// <summary>The import's path without the database, as PlanImporter runs it: PlanDocumentReader, PlanParser or PlanJson, the validator, then the storage check.</summary>
public sealed class PlanPipeline
{
    private readonly ParsedPlanValidator _validator = new();
    private readonly StorageCheck _storage = new();

    public PipelineOutcome Run(string fileName, byte[] bytes)
    {
        var read = PlanDocumentReader.Read(fileName, bytes);
        if (!read.Success)
        {
            return new PipelineOutcome(null, [], [read.Error!], null);
        }

        ParsedPlan? plan;
        if (fileName.EndsWith(".json", StringComparison.Ordinal))
        {
            plan = PlanJson.Deserialize(read.Text);
            if (plan is null)
            {
                return new PipelineOutcome(null, [], ["JSON 格式不正确"], null);
            }
        }
        else
        {
            plan = PlanParser.Parse(read);
        }

        var warnings = PlanShape.WarningKeys(plan.Warnings.Select(w => w.Message));
        if (!fileName.EndsWith(".json", StringComparison.Ordinal) && !PlanParser.LooksLikePlan(plan))
        {
            return new PipelineOutcome(plan, warnings, ["不是一份规划文本"], null);
        }

        var errors = PlanShape.WarningKeys(_validator.Validate(plan).Errors.Select(e => e.ErrorMessage));
        return new PipelineOutcome(plan, warnings, errors, errors.Count == 0 ? _storage.Problem(plan) : null);
    }
}
