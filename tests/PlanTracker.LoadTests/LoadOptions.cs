using System.Globalization;

namespace PlanTracker.LoadTests;

/// <summary>The harness's command line: <c>--name value</c> pairs, each with a default.</summary>
public sealed record LoadOptions
{
    public Uri Url { get; init; } = new("http://localhost:5400/");
    public int Users { get; init; } = 50;
    public double ActiveShare { get; init; } = 0.1;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan Think { get; init; } = TimeSpan.FromSeconds(1);
    public int OpenConcurrency { get; init; } = 8;
    public string[] Cities { get; init; } = ["changsha", "zhuzhou", "xiangxi", "ezhou"];
    public string Password { get; init; } = "PlanTracker-Demo-2025";
    public int[] Mix { get; init; } = [4, 4, 2];
    public bool Heap { get; init; }
    public int Seed { get; init; } = 1;
    public string? Report { get; init; }

    /// <summary>Every user opens this page and stays idle on it, signed in as <see cref="IdleAccount"/>.</summary>
    public string? IdlePage { get; init; }

    public string? IdleAccount { get; init; }

    /// <summary>The number of years the entry form's picker offers (found by a probe circuit before the run).</summary>
    public int YearCount { get; init; } = 1;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--url" => options with { Url = new Uri(value.EndsWith('/') ? value : value + "/") },
                "--users" => options with { Users = Int(value) },
                "--active" => options with { ActiveShare = double.Parse(value, CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Int(value)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Int(value)) },
                "--think" => options with { Think = TimeSpan.FromMilliseconds(Int(value)) },
                "--open-concurrency" => options with { OpenConcurrency = Int(value) },
                "--cities" => options with { Cities = value.Split(',') },
                "--password" => options with { Password = value },
                "--mix" => options with { Mix = [.. value.Split(':').Select(Int)] },
                "--heap" => options with { Heap = bool.Parse(value) },
                "--seed" => options with { Seed = Int(value) },
                "--report" => options with { Report = value },
                "--idle-page" => options with { IdlePage = value.TrimStart('/') },
                "--idle-account" => options with { IdleAccount = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;

        static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
    }
}

public enum UserRole
{
    Reporter,
    Leader,
    Province,
    Idle,
}

public sealed record PlannedUser(UserRole Role, string UserName, int YearIndex, bool Active);

/// <summary>
/// Who the simulated users are: roles interleaved by the mix (so the active share has the same mix), reporters
/// spread over the cities and then the years, and no two active reporters on the same city-year form (they
/// would only measure each other's conflicts); an active user beyond that is a leader instead.
/// </summary>
public static class UserPlan
{
    public static IReadOnlyList<PlannedUser> For(LoadOptions options)
    {
        if (options.IdlePage is not null)
        {
            var account = options.IdleAccount ?? $"{options.Cities[0]}-reporter";
            return [.. Enumerable.Range(0, options.Users).Select(_ => new PlannedUser(UserRole.Idle, account, 0, false))];
        }

        var pattern = options.Mix.SelectMany((weight, role) => Enumerable.Repeat((UserRole)role, weight)).ToArray();
        var activeCount = (int)Math.Round(options.Users * options.ActiveShare);
        var forms = options.Cities.Length * options.YearCount;
        var (reporters, leaders) = (0, 0);
        var users = new List<PlannedUser>(options.Users);
        for (var i = 0; i < options.Users; i++)
        {
            var role = pattern[i % pattern.Length];
            var active = i < activeCount;
            if (role == UserRole.Reporter && active && reporters >= forms)
            {
                role = UserRole.Leader;
            }

            users.Add(role switch
            {
                UserRole.Reporter => new PlannedUser(role, $"{options.Cities[reporters % options.Cities.Length]}-reporter", reporters++ / options.Cities.Length, active),
                UserRole.Leader => new PlannedUser(role, $"{options.Cities[leaders++ % options.Cities.Length]}-leader", 0, active),
                _ => new PlannedUser(role, "province", 0, active),
            });
        }

        return users;
    }
}
