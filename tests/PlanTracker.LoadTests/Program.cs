using System.Diagnostics;
using System.Globalization;
using PlanTracker.LoadTests;
using PlanTracker.LoadTests.Circuit;
using PlanTracker.LoadTests.Journeys;

// Usage (docs/benchmarks-load.md): run the portal in Release, then
//   dotnet run -c Release --project tests/PlanTracker.LoadTests -- --url http://localhost:5400/ --users 250 --active 0.1
var options = LoadOptions.Parse(args);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
var token = stop.Token;

var server = ServerProbe.ForPort(options.Url.Port);
Console.WriteLine($"portal: {options.Url} (pid {server.Pid}); {options.Users} users, {options.ActiveShare:P0} active, {options.Duration.TotalSeconds:0} s measured");

var accounts = new Dictionary<string, PortalAccount>();
async Task<PortalAccount> AccountAsync(string userName)
{
    if (!accounts.TryGetValue(userName, out var account))
    {
        account = await PortalAccount.SignInAsync(options.Url, userName, options.Password, token);
        accounts[userName] = account;
    }

    return account;
}

// The entry form's years, from its own picker: active reporters each take a city-year form of their own.
if (options.IdlePage is null)
{
    await using var probe = new ReporterJourney(await AccountAsync($"{options.Cities[0]}-reporter"), new Measurements(), 0);
    await probe.OpenAsync(token);
    options = options with { YearCount = probe.YearsOffered };
}

var measurements = new Measurements();
// Where --heap true writes dotnet-gcdump's per-type report of the heap with the circuits open.
var heapReport = Path.Combine(Path.GetTempPath(), "plantracker-load-heap.txt");
(long Bytes, string Report) heapBefore = default;
if (options.Heap)
{
    heapBefore = await server.ManagedHeapAsync(Path.GetTempPath(), token);
}

var residentBefore = server.ResidentBytes();
var plan = UserPlan.For(options);
foreach (var userName in plan.Select(user => user.UserName).Distinct())
{
    await AccountAsync(userName); // one sign-in per account, in turn (sign-in is rate-limited per account and address)
}

var journeys = new List<(Journey Journey, bool Active)>();
var opening = Stopwatch.StartNew();
var openErrors = 0;
using (var gate = new SemaphoreSlim(options.OpenConcurrency))
{
    var opened = await Task.WhenAll(plan.Select(async user =>
    {
        var account = accounts[user.UserName];
        Journey journey = user.Role switch
        {
            UserRole.Reporter => new ReporterJourney(account, measurements, user.YearIndex),
            UserRole.Leader => YearSwitchJourney.Dashboard(account, measurements),
            UserRole.Idle => new PageJourney(account, measurements, options.IdlePage!),
            _ => YearSwitchJourney.Comparison(account, measurements),
        };
        await gate.WaitAsync(token);
        try
        {
            await journey.OpenAsync(token);
            return (journey, user.Active, ok: true);
        }
        catch (Exception ex) when (!token.IsCancellationRequested)
        {
            Interlocked.Increment(ref openErrors);
            Console.Error.WriteLine($"open failed ({user.UserName}): {ex.Message}");
            return (journey, user.Active, ok: false);
        }
        finally
        {
            gate.Release();
        }
    }));
    journeys.AddRange(opened.Where(o => o.ok).Select(o => (o.journey, o.Active)));
}

Console.WriteLine($"opened {journeys.Count} circuits in {opening.Elapsed.TotalSeconds:0.0} s ({openErrors} failed)");
var residentOpen = server.ResidentBytes();
(long Bytes, string Report) heapOpen = default;
if (options.Heap)
{
    heapOpen = await server.ManagedHeapAsync(Path.GetTempPath(), token);
    File.WriteAllText(heapReport, heapOpen.Report);
}

using var run = CancellationTokenSource.CreateLinkedTokenSource(token);
var active = journeys.Where(j => j.Active).Select((j, i) => Loop(j.Journey, new Random(options.Seed + i), run.Token)).ToList();
await Task.Delay(options.Warmup, token);
var cpuStart = server.CpuTime();
var harnessCpuStart = Process.GetCurrentProcess().TotalProcessorTime;
var measured = Stopwatch.StartNew();
measurements.Recording = true;
await Task.Delay(options.Duration, token);
measurements.Recording = false;
var elapsed = measured.Elapsed;
var cpu = server.CpuTime() - cpuStart;
var harnessCpu = Process.GetCurrentProcess().TotalProcessorTime - harnessCpuStart;
await run.CancelAsync();
await Task.WhenAll(active);

var dead = journeys.Count(j => j.Journey.CircuitError is not null);
var interactions = measurements.Interactions();
var saves = measurements.Of(Measurements.Save);
var count = measurements.Count;
var perInteractionMs = count == 0 ? 0 : cpu.TotalMilliseconds / count;
var perCore = perInteractionMs == 0 ? 0 : 1000 / perInteractionMs;
var circuits = Math.Max(1, journeys.Count);
var residentPerCircuitKb = (residentOpen - residentBefore) / 1024.0 / circuits;
var heapPerCircuitKb = (heapOpen.Bytes - heapBefore.Bytes) / 1024.0 / circuits;
var errors = measurements.Errors.Values.Sum() + openErrors + dead;
Console.WriteLine();
foreach (var kind in measurements.Kinds)
{
    var s = measurements.Of(kind);
    Console.WriteLine($"  {kind,-8} n={s.Count,6}  p50={s.P50,7:0.0} ms  p95={s.P95,7:0.0} ms  max={s.Max,7:0.0} ms");
}

Console.WriteLine($"  all interactions (save excluded): n={interactions.Count} p50={interactions.P50:0.0} ms p95={interactions.P95:0.0} ms");
Console.WriteLine($"  server CPU {cpu.TotalSeconds:0.0} s over {elapsed.TotalSeconds:0} s = {cpu.TotalSeconds / elapsed.TotalSeconds:0.00} cores; {perInteractionMs:0.00} ms CPU per interaction; harness CPU {harnessCpu.TotalSeconds:0.0} s");
Console.WriteLine($"  throughput {count / elapsed.TotalSeconds:0.0} interactions/s; capacity ≈ {perCore:0} interactions/s per core");
Console.WriteLine($"  RSS {residentBefore / 1048576.0:0} MB → {residentOpen / 1048576.0:0} MB with circuits open ({residentPerCircuitKb:0} KB per circuit)");
if (options.Heap)
{
    Console.WriteLine($"  managed heap {heapBefore.Bytes / 1048576.0:0.0} MB → {heapOpen.Bytes / 1048576.0:0.0} MB ({heapPerCircuitKb:0} KB per circuit; types in {heapReport})");
}

Console.WriteLine($"  saves the form's checks refused (figure put back): {measurements.RefusedSaves}");
Console.WriteLine($"  errors: {measurements.Errors.Values.Sum()} during the run, {openErrors} opening, {dead} circuits dead at the end");
foreach (var (message, n) in measurements.Errors.OrderByDescending(e => e.Value))
{
    Console.WriteLine($"    {n} × {message}");
}

var row = string.Create(CultureInfo.InvariantCulture,
    $"| {options.Users} | {journeys.Count(j => j.Active)} | {interactions.Count} | {interactions.P50:0} | {interactions.P95:0} | {saves.Count} | {saves.P50:0} | {saves.P95:0} | {perInteractionMs:0.0} | {perCore:0} | {(options.Heap ? $"{heapPerCircuitKb:0}" : "–")} | {residentPerCircuitKb:0} | {errors} |");
Console.WriteLine(row);
if (options.Report is { } report)
{
    File.AppendAllText(report, row + Environment.NewLine);
}

await Parallel.ForEachAsync(journeys, CancellationToken.None, async (j, _) => await j.Journey.DisposeAsync());
foreach (var account in accounts.Values)
{
    account.Dispose();
}

return errors == 0 ? 0 : 1;

async Task Loop(Journey journey, Random random, CancellationToken cancellationToken)
{
    // Spread the first actions over one think time, so active users do not act in lockstep.
    try
    {
        await Task.Delay(random.Next((int)options.Think.TotalMilliseconds), cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await journey.ActAsync(random, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                measurements.Error(ex.Message);
                if (journey.CircuitError is not null)
                {
                    return;
                }
            }

            await Task.Delay(options.Think, cancellationToken);
        }
    }
    catch (OperationCanceledException)
    {
        // the measured window ended
    }
}
