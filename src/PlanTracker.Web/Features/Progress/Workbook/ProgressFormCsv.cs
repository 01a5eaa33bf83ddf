using PlanTracker.Web.Features.Exports;
using PlanTracker.Web.Features.Progress.Entry;

namespace PlanTracker.Web.Features.Progress.Workbook;

/// <summary>The entry form as CSV (<see cref="CsvText"/>: UTF-8 with a byte-order mark), the same columns as the .xlsx.</summary>
public static class ProgressFormCsv
{
    public static byte[] Write(ProgressEntryForm form) =>
        CsvText.Write([
            ProgressFormTable.Header(form).Select(h => new CsvField(h)),
            .. ProgressFormTable.Rows(form).Select(row => row.Select(c => new CsvField(c.Display, c.Number is not null))),
        ]);
}
