namespace PlanTracker.Domain;

/// <summary>How an operation ended. Expected ends are values shown to the user, never exceptions (docs/conventions.md).</summary>
public enum OutcomeKind
{
    Succeeded,

    /// <summary>The input broke a rule (its validator, a unit's bounds, a year outside the plan); the errors say which, at the field where there is one.</summary>
    Invalid,

    /// <summary>Not allowed: the role or city, a closed year, a report that is no longer editable.</summary>
    Refused,

    /// <summary>The thing does not exist, or the caller may not know that it does.</summary>
    NotFound,

    /// <summary>Someone else changed it since the user loaded it; nothing of the conflicting part was written.</summary>
    Conflict,

    /// <summary>The database gave up (statement or lock timeout): nothing was stored.</summary>
    TimedOut,

    /// <summary>The database did not answer: nothing was stored.</summary>
    Unavailable,

    /// <summary>Too many attempts in a short time (sign-in, password changes): refused before it was tried.</summary>
    Throttled,
}

/// <summary>
/// The one result type for expected outcomes: its kind and, unless it succeeded, the messages (in Chinese) that say
/// why. <see cref="Outcome{T}"/> carries a value too.
/// </summary>
public sealed record Outcome(OutcomeKind Kind, IReadOnlyList<string> Errors)
{
    public static Outcome Success { get; } = new(OutcomeKind.Succeeded, []);

    public bool Succeeded => Kind == OutcomeKind.Succeeded;

    /// <summary>The first message, for a page that shows one line; empty when there is none.</summary>
    public string Message => Errors.Count > 0 ? Errors[0] : string.Empty;

    public static Outcome Fail(OutcomeKind kind, params string[] errors) => new(kind, errors);

    public static Outcome Invalid(params string[] errors) => new(OutcomeKind.Invalid, errors);
}

/// <summary>
/// An <see cref="Outcome"/> with a value: the operation's result when it succeeded; for some kinds the state it met
/// instead (after a <see cref="OutcomeKind.Conflict"/>, what is stored now). Default when there is nothing to carry.
/// </summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Kind == OutcomeKind.Succeeded;

    /// <summary>The first message, for a page that shows one line; empty when there is none.</summary>
    public string Message => Errors.Count > 0 ? Errors[0] : string.Empty;

    public static Outcome<T> Of(T value) => new(OutcomeKind.Succeeded, value, []);

    public static Outcome<T> Fail(OutcomeKind kind, params string[] errors) => new(kind, default, errors);

    public static Outcome<T> Invalid(params string[] errors) => new(OutcomeKind.Invalid, default, errors);

    public static Outcome<T> NotFound { get; } = new(OutcomeKind.NotFound, default, []);

    /// <summary>The same end without its value, for a caller that passes it on.</summary>
    public Outcome WithoutValue() => new(Kind, Errors);
}
